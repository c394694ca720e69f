# syntax yield outside: the file does not compile, so nothing is printed
print("never printed")
def helper():
    return [1, 2]
for v in helper():
    yield v
