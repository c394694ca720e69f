# syntax missing colon: the file does not compile, so nothing is printed
print("never printed")
def greet(name)
    print("hello", name)
greet("x")
