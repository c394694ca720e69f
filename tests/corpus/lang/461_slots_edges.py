# __slots__: fixed attributes, inheritance, __dict__ slot
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.y, hasattr(p, "__dict__"))


class Q(P):
    pass


q = Q(2)
q.z = 9
print(q.z, "z" in q.__dict__)


class R(P):
    __slots__ = ("w",)


r = R(3)
r.w = 4
print(r.x, r.w)
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)


class S:
    __slots__ = ("a", "__dict__")


s = S()
s.a = 1
s.b = 2
print(s.a, s.b, s.__dict__["b"])
print(P.__slots__, R.__slots__)
