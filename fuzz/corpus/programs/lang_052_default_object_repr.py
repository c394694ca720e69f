class Thing:
    pass
t = Thing()
print(t)
print(repr(t))
print([Thing()])
print(object())
def func():
    pass
print(func)
print(Thing)
print(int, type(t))
print(lambda: 0)
class Inner:
    class Nested:
        pass
print(Inner.Nested)
print(Inner.Nested())
