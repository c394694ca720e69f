# syntax assign literal: the file does not compile, so nothing is printed
print("never printed")
x = 3
if x = 3:
    print("three")
