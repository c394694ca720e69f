@x
x = 1