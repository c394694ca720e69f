# syntax fstring brace: the file does not compile, so nothing is printed
print("never printed")
value = 42
print(f"value is {value")
print("also never printed")
