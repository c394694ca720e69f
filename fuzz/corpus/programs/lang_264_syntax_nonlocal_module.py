# syntax nonlocal module: the file does not compile, so nothing is printed
print("never printed")
print("module start")
nonlocal counter
counter = 1
