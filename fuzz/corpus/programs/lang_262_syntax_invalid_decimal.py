# syntax invalid decimal: the file does not compile, so nothing is printed
print("never printed")
count = 10
total = 3items + count
print(total)
