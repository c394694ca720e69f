# introspection teachers show: type, isinstance, vars, dir filtering, getattr, __dict__
class Animal:
    kingdom = "animalia"

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")

    def fetch(self):
        return "fetching"


d = Dog("rex")
print(type(d), type(d).__name__, type(d).__qualname__, type(d).__module__)
print(isinstance(d, Animal), isinstance(d, (int, Dog)), issubclass(Dog, Animal), issubclass(bool, int))
print(vars(d), d.__dict__ is vars(d), Dog.__base__, Dog.__bases__)
print([m for m in dir(d) if not m.startswith("_")])
print(getattr(d, "name"), getattr(d, "age", "unknown"), hasattr(d, "fetch"), callable(d.fetch))
setattr(d, "age", 3)
print(d.age, d.speak(), Animal.speak(d), Dog.kingdom, d.kingdom)
method = getattr(d, "speak")
print(method(), method.__self__ is d, method.__func__ is Animal.speak, method.__name__)
print(Dog.__name__, Dog.speak.__qualname__, Dog.fetch.__qualname__, Animal.__init__.__name__)
print(type(Dog), type(type), type(42), type(None).__name__, type(print).__name__ if False else "skip")
print(id(d) == id(d), d is d, d == Dog("rex"), [type(x).__name__ for x in (1, 1.0, "", [], {}, (), set(), None, True)])
delattr(d, "age")
print(hasattr(d, "age"), "name" in d.__dict__, Dog.__dict__.get("fetch") is not None, "speak" in Dog.__dict__)
print(sorted(k for k in Animal.__dict__ if not k.startswith("__")))
print(d.__class__.__name__, d.__class__ is Dog, Dog.__mro__)
