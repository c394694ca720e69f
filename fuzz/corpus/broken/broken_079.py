x = 1 if y
z = 2