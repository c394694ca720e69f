def f(a, b):
    return a + b
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(1, c=2)
except TypeError as e:
    print(e)
try:
    f(1, a=2)
except TypeError as e:
    print(e)
def g(x, *, y):
    return x, y
try:
    g(1)
except TypeError as e:
    print(e)
def h():
    return 0
try:
    h(1)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
