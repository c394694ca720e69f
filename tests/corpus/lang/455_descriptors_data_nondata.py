# user descriptors: data descriptors beat the instance dict, non-data lose
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive, got {value}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("deleting", self.private)
        delattr(obj, self.private)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        print("computed", self.func.__name__)
        return value


class Product:
    price = Positive()
    qty = Positive()

    def __init__(self, price, qty):
        self.price = price
        self.qty = qty

    @Lazy
    def total(self):
        return self.price * self.qty


p = Product(3, 4)
print(p.total, p.total, p.__dict__)
try:
    p.qty = -1
except ValueError as e:
    print(e)
p.__dict__["price"] = 100
print(p.price)
del p.qty
print(hasattr(p, "qty"))


class Constant:
    def __get__(self, obj, objtype=None):
        return 42


class Holder:
    answer = Constant()


h = Holder()
print(h.answer, Holder.answer)
h.answer = 7
print(h.answer)


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


lg = Logged()
lg.a = 1
del lg.a
print(vars(lg))
try:
    object.__delattr__(lg, "missing")
except AttributeError as e:
    print("AttributeError:", e)
