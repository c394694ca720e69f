def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
print(Item("pen", 1.5))
def log_calls(method):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{method.__name__}{args}")
        return method(self, *args)
    return wrapper
class Calc:
    @log_calls
    def add(self, a, b):
        return a + b
    @log_calls
    def neg(self, a):
        return -a
c = Calc()
print(c.add(2, 3), c.neg(4))
