# syntax unmatched bracket: the file does not compile, so nothing is printed
print("never printed")
data = {"a": [1, 2, 3]]}
print(data)
print("also never printed")
