def connect(host, *, timeout=10, retries=3):
    return f"{host} t={timeout} r={retries}"
print(connect("a"))
print(connect("b", timeout=1))
print(connect("c", retries=0, timeout=5))
try:
    connect("d", 5)
except TypeError as e:
    print(e)
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print(e)
def mixed(a, *args, flag=False, **kw):
    return (a, args, flag, kw)
print(mixed(1, 2, 3, flag=True, x=9))
try:
    connect(timeout=3)
except TypeError as e:
    print(e)
