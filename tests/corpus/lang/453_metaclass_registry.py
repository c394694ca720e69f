# metaclass= with a user metaclass: __new__, __init__, __call__, __prepare__
class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kwargs):
        print("Registry.__new__", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Registry.__init__", name)
        super().__init__(name, bases, ns)


class Plugin(metaclass=Registry):
    def run(self):
        return "run"


class Audio(Plugin, flavour="loud"):
    volume = 3


print(Registry.classes, type(Audio).__name__, isinstance(Audio, Registry), Audio().run())


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        print("creating config", name)
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, b.name)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"preset": 1}


class WithPrep(metaclass=Ordered):
    x = 2


print(WithPrep.preset, WithPrep.x)

Dynamic = type("Dynamic", (Plugin,), {"z": 9})
print(Dynamic.z, type(Dynamic).__name__, Dynamic.__mro__)
