print("this line never runs")
x = 1
    y = 2
print(x + y)
