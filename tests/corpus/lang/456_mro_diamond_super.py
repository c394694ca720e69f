# multiple inheritance: C3 mro, cooperative super(), __bases__
class Base:
    def greet(self):
        return ["Base"]


class Left(Base):
    def greet(self):
        return ["Left"] + super().greet()


class Right(Base):
    def greet(self):
        return ["Right"] + super().greet()


class Child(Left, Right):
    def greet(self):
        return ["Child"] + super().greet()


print(Child().greet())
print([c.__name__ for c in Child.__mro__])
print([c.__name__ for c in Child.__bases__], Left.__bases__)


class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.size()}"


class Stack(Mixin, list):
    def size(self):
        return len(self)


s = Stack([1, 2, 3])
s.append(4)
print(s.describe(), s, isinstance(s, list))


class A:
    def __init__(self):
        print("A init")
        super().__init__()


class B:
    def __init__(self):
        print("B init")
        super().__init__()


class C(A, B):
    def __init__(self):
        print("C init")
        super().__init__()


C()
print(C.mro() == list(C.__mro__))

try:
    class X(Left, Base, Right):
        pass
    print([k.__name__ for k in X.__mro__])
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
