from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p.y, p[0], len(p))
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple))
q = p._replace(x=10)
print(q, p)
print(p._asdict())
print(Point._fields, Point._make([5, 6]))
Person = namedtuple("Person", "name age city", defaults=["Unknown"])
bob = Person("Bob", 30)
print(bob, bob.city)
print(sorted([Person("Z", 1), Person("A", 2)]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
print(repr(Person("Q", 1, "NYC")), Person.__name__)
