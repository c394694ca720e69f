# hostile: __import__('os') then os.system
# reference: loopscope
# expect-code: 1
# expect-stderr: ModuleNotFoundError: No module named 'os' (LoopScope does not simulate this module)
os = __import__("os")
os.system("echo pwned")
