def f():
  return
    x