if x:
  a
 b
x = = 1