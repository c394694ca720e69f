def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def counter_factory():
    counts = {"n": 0}
    def bump():
        counts["n"] += 1
        return counts["n"]
    return bump
b = counter_factory()
b(); b()
print(b())
def shadow():
    len = lambda s: 42
    return len("abc")
print(shadow(), len("abc"))
def f():
    def g():
        return h()
    def h():
        return "h called via g"
    return g()
print(f())
