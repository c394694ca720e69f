# c
  x = 1