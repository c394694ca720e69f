# hostile: a loop inside one builtin (no bytecode runs while sum() iterates)
# reference: loopscope
# args: --max-instructions 20000000
# expect-code: 4
# expect-stderr: instruction limit exceeded: more than 20000000 VM instructions
print(sum(range(10**12)))
