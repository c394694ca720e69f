class Temperature:
    unit = "C"
    count = 0
    def __init__(self, deg):
        self.deg = deg
        Temperature.count += 1
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}, {cls.count} made"
print(Temperature.c_to_f(100))
t = Temperature.from_f(212)
print(t.deg, type(t).__name__)
print(t.c_to_f(0))
print(Temperature.describe())
class Kelvin(Temperature):
    unit = "K"
k = Kelvin.from_f(32)
print(type(k).__name__, k.deg, Kelvin.describe())
