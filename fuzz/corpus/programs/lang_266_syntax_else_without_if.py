# syntax else without if: the file does not compile, so nothing is printed
print("never printed")
x = 1
print(x)
else:
    print("dangling")
