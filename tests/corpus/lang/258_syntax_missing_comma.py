colors = ["red" "green", "blue"]
point = (1 2)
print(colors, point)
