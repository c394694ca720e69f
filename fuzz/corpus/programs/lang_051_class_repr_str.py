class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, "a")
print(p)
print(repr(p))
print([p, Point(2, 3)])
print(f"{p} {p!r}")
print(str(p), "%s %r" % (p, p))
class Plain:
    pass
print(repr(Plain())[:21])
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
print(OnlyRepr(), str(OnlyRepr()))
print({"k": OnlyRepr()})
