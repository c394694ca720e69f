# syntax unexpected indent: the file does not compile, so nothing is printed
print("never printed")
print("this line never runs")
x = 1
    y = 2
print(x + y)
