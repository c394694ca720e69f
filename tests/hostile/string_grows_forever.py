# hostile: a string doubling without end
# reference: loopscope
# expect-code: 4
# expect-stderr: memory limit exceeded: the script uses more than 2048 MiB
s = "x"
while True:
    s = s + s
