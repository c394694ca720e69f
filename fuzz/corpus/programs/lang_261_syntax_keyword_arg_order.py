# syntax keyword arg order: the file does not compile, so nothing is printed
print("never printed")
def f(a, b):
    return a + b
print(f(a=1, 2))
