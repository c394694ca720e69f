# syntax return outside: the file does not compile, so nothing is printed
print("never printed")
print("top-level code")
for i in range(3):
    print(i)
return i
