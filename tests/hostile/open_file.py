# hostile: reading a file
# reference: loopscope
# expect-code: 1
# expect-stderr: NotImplementedError: open() is not simulated by LoopScope (the virtual world has no files)
with open("/etc/passwd") as f:
    print(f.read())
