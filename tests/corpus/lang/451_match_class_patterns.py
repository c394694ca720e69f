# match statement: class patterns, __match_args__, dataclasses, enums
from dataclasses import dataclass
import enum


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 3), (1, 2)]:
    print(where(p))


@dataclass
class Cmd:
    name: str
    args: list


for c in [Cmd("go", ["north"]), Cmd("take", ["lamp", "key"]), Cmd("look", [])]:
    match c:
        case Cmd(name="go", args=[direction]):
            print("going", direction)
        case Cmd("take", [*items]):
            print("taking", ", ".join(items))
        case Cmd(name):
            print("just", name)


class Color(enum.Enum):
    RED = 1
    GREEN = 2


for col in Color:
    match col:
        case Color.GREEN:
            print("green!")
        case Color.RED:
            print("red!")

for v in [3, "s", 2.0, [1], {"a": 1}, (1, 2), True]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case str() as s:
            print("str", s)
        case float(f):
            print("float", f)
        case list(l):
            print("list", l)
        case dict(d):
            print("dict", d)
        case tuple((a, b)):
            print("pair", a, b)

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
