# hostile: one list of 10**11 items asked for at once
# reference: cpython
# expect-code: 1
# expect-stderr: MemoryError
# expect-stdout: 
big = [None] * (10 ** 11)
print(len(big))
