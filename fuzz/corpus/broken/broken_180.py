def f:
  pass