# hostile: eval and exec
# reference: loopscope
# expect-code: 1
# expect-stderr: NotImplementedError: eval() is not simulated by LoopScope (scripts cannot run code given as a string)
print(eval("1 + 2"))
exec("print('exec ran')")
