# hostile: reading the keyboard
# reference: loopscope
# expect-code: 1
# expect-stderr: NotImplementedError: input() is not simulated by LoopScope (the virtual world has no keyboard: scripts get no input)
name = input("name? ")
print("hello", name)
