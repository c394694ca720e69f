class A
  pass