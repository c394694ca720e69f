# dataclasses: defaults, field(), ordering, frozen, post_init, asdict, replace
from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass(order=True)
class Student:
    sort_key: float = field(init=False, repr=False)
    name: str
    grade: float = 0.0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = -self.grade


roster = [Student("ann", 88.5), Student("bob", 92.0, ["captain"]), Student("cy", 75.0)]
for s in sorted(roster):
    print(s)
print(roster[0] == Student("ann", 88.5), roster[1].tags, roster[0].tags is roster[2].tags)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p, Point(3, 4)})
try:
    p.x = 10
except Exception as e:
    print(type(e).__name__, e)
q = replace(p, y=0)
print(q, asdict(p), astuple(p), [f.name for f in fields(Point)])


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    owner: str = "shop"

    def add(self, name, qty=1):
        self.items[name] = self.items.get(name, 0) + qty
        return self


inv = Inventory().add("apple", 3).add("pear").add("apple")
print(inv, Inventory.__name__, Inventory.__match_args__ if hasattr(Inventory, "__match_args__") else None)
try:
    Student()
except TypeError as e:
    print("TypeError:", e)
