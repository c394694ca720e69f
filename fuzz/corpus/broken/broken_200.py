def f():
pass