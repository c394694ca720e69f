# hostile: a list doubling without end
# reference: loopscope
# expect-code: 4
# expect-stderr: memory limit exceeded: the script uses more than 2048 MiB
items = [0]
while True:
    items += items
