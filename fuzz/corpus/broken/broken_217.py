with x
  pass