# a Vector class with arithmetic, comparison and container dunders
import math


class Vector:
    def __init__(self, *coords):
        self.coords = tuple(coords)

    def __repr__(self):
        return f"Vector{self.coords}"

    def __str__(self):
        return "<" + ", ".join(f"{c:g}" for c in self.coords) + ">"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self.coords, other.coords)))

    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self.coords, other.coords)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.coords, k.coords))
        return Vector(*(a * k for a in self.coords))

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return math.hypot(*self.coords)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords

    def __hash__(self):
        return hash(self.coords)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __len__(self):
        return len(self.coords)

    def __getitem__(self, i):
        return self.coords[i]

    def __iter__(self):
        return iter(self.coords)

    def __contains__(self, x):
        return x in self.coords

    def __bool__(self):
        return any(self.coords)

    def __format__(self, spec):
        return "(" + ", ".join(format(c, spec) for c in self.coords) + ")"


v, w = Vector(3, 4), Vector(1, 2)
print(v + w, v - w, v * 2, 2 * v, v * w, -v, abs(v))
print(repr(v), str(v), f"{v:.2f}", len(v), v[0], v[-1], list(v), 4 in v, 9 in v)
print(v == Vector(3, 4), v != w, sorted([v, w, Vector(0, 1)]), bool(Vector(0, 0)))
print({v, Vector(3, 4), w}, max([v, w]), v[::-1])
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v < 1
except TypeError as e:
    print("TypeError:", e)
print(Vector(1.5, 2.25), sum([v, w], Vector(0, 0)))
