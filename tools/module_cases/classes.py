### enum_basic
from enum import Enum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED), type(Color))
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color.RED in Color, repr(Color), isinstance(Color.RED, Color))
print(list(Color.__members__), [c.name for c in reversed(Color)])
for c in Color:
    print(c.name, c.value)
try:
    Color(9)
except ValueError as e:
    print(e)
try:
    Color['NOPE']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 'r'}[Color.RED], Color.RED == 1, Color.RED is Color(1), f"{Color.GREEN}", str(Color.BLUE))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
### enum_features
from enum import Enum, IntEnum, StrEnum, Flag, auto
class Status(Enum):
    PENDING = auto()
    DONE = auto()
    def describe(self):
        return f"{self.name.lower()}={self.value}"
    @property
    def is_done(self):
        return self is Status.DONE
    @classmethod
    def default(cls):
        return cls.PENDING
print(list(Status), Status.DONE.describe(), Status.PENDING.is_done, Status.default(), Status.DONE == Status.DONE, Status.DONE != Status.PENDING)
class Pri(IntEnum):
    LOW = 1
    HIGH = 2
print(Pri.LOW < Pri.HIGH, Pri.HIGH == 2, Pri.LOW + 1, str(Pri.HIGH), repr(Pri.HIGH), sorted([Pri.HIGH, Pri.LOW]), f"{Pri.LOW}", Pri(2), int(Pri.HIGH))
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode.READ.upper(), f"{Mode.WRITE}!")
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density_hint(self):
        return self.mass / self.radius
print(Planet.EARTH.mass, Planet.MARS.value, Planet((6.42e23, 3.39e6)), round(Planet.EARTH.density_hint))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R in (Perm.R | Perm.X), bool(Perm.R & Perm.W), list(Perm))
class Weekday(Enum):
    MON = 1
    TUE = 2
    @classmethod
    def _missing_(cls, value):
        return cls.MON
print(Weekday(99), Weekday.TUE.value)
### dataclass_basic
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), Point.__doc__, asdict(p), astuple(p), replace(p, y=9), [f.name for f in fields(p)], is_dataclass(p), is_dataclass(Point), is_dataclass(1))
try:
    Point()
except TypeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
@dataclass
class Inv:
    name: str
    qty: int = 1
    price: float = 0.0
    tags: list = field(default_factory=list)
    def __post_init__(self):
        self.total = self.qty * self.price
i = Inv("pen", 3, 1.5)
i.tags.append("office")
print(i, i.total, Inv("x").tags, Inv.__init__.__qualname__, fields(Inv)[3].default_factory is list)
@dataclass
class Line:
    a: Point
    b: Point
print(asdict(Line(Point(0, 0), Point(1, 1))), Line(Point(), Point(1)))
### dataclass_options
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY
@dataclass(order=True, frozen=True)
class V:
    a: int
    tags: tuple = field(default=(), compare=False)
v = V(3)
print(v, V(1) < V(2), sorted([V(3), V(1)]), hash(v) == hash(V(3, (1,))), V(2) >= V(2))
try:
    v.a = 5
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
@dataclass
class K:
    x: int
    _: KW_ONLY
    y: int = 2
    z: int = 3
print(K(1, z=5), K.__doc__)
@dataclass(repr=False, eq=False)
class Plain:
    n: int
print(Plain(1) == Plain(1), hasattr(Plain, "__repr__"))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list, repr=False)
    secret: str = field(default="s", repr=False, compare=False)
print(Node(1), Node(1, [2]) == Node(1, [2]), Node(1, secret="a") == Node(1, secret="b"))
@dataclass(unsafe_hash=True)
class H:
    k: int
print(hash(H(1)) == hash(H(1)), {H(1): 1}[H(1)])
