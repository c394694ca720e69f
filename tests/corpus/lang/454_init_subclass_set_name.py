# __init_subclass__ (with class keywords) and __set_name__
class Shape:
    registry = {}

    def __init_subclass__(cls, sides=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sides = sides
        Shape.registry[cls.__name__] = sides
        print("registered", cls.__name__, sides)


class Triangle(Shape, sides=3):
    pass


class Square(Shape, sides=4):
    pass


class Blob(Shape):
    pass


print(Shape.registry, Triangle.sides, Blob.sides)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Record:
    title = Field()
    year = Field()


r = Record()
print(r.title)
r.title = "Dune"
r.year = 1965
print(r.title, r.year, sorted(vars(r).items()), type(Record.title).__name__)

try:
    class Bad(Shape, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
