# hostile: `while True: pass`
# reference: loopscope
# args: --max-instructions 20000000
# expect-code: 4
# expect-stderr: instruction limit exceeded: more than 20000000 VM instructions
while True:
    pass
