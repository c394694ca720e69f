with (x, y)
  pass