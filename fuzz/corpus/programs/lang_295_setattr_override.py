class Validated:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private attribute {name!r}")
        print(f"set {name} = {value!r}")
        super().__setattr__(name, value)
v = Validated()
v.x = 1
v.name = "n"
try:
    v._secret = 2
except AttributeError as e:
    print("AttributeError:", e)
print(v.__dict__)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError("frozen")
f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print("AttributeError:", e)
