# syntax missing comma: the file does not compile, so nothing is printed
print("never printed")
colors = ["red" "green", "blue"]
point = (1 2)
print(colors, point)
