# syntax invalid: the file does not compile, so nothing is printed
print("never printed")
print("before the error")
x = 5
if x == 5 print("five")
