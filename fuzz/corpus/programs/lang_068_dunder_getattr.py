class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target)
p.sort()
print(p._target)
class Defaults:
    x = 1
    def __getattr__(self, name):
        return f"<{name}>"
d = Defaults()
print(d.x, d.y, getattr(d, "zz"))
class Strict:
    __slots__ = ("a",)
s = Strict()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(e)
