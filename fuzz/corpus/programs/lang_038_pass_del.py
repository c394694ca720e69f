class Empty:
    pass
def nothing():
    pass
print(nothing(), type(Empty()).__name__)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
lst = [0, 1, 2, 3, 4]
del lst[0]
del lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
class P:
    pass
p = P()
p.attr = 1
del p.attr
print(hasattr(p, "attr"))
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(e)
