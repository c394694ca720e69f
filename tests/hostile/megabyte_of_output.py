# hostile: a megabyte of output
# reference: cpython
# expect-code: 0
# expect-stdout-bytes: 1010005
# expect-stdout-last: done
line = "0123456789" * 10
for i in range(10_000):
    print(line)
print("done")
