# hostile: one string of 10**12 characters asked for at once
# reference: loopscope
# expect-code: 4
# expect-stderr: memory limit exceeded: the script uses more than 2048 MiB
big = "x" * (10 ** 12)
print(len(big))
