class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False
with Managed("a") as m:
    print("inside", m.name)
with Managed("x"), Managed("y") as y:
    print("two managers", y.name)
try:
    with Managed("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
class Suppress:
    def __enter__(self):
        return "value"
    def __exit__(self, t, v, tb):
        print("suppressing", repr(v))
        return True
with Suppress() as v:
    print(v)
    1 / 0
print("after suppress")
