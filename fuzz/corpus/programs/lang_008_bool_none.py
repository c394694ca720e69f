print(True + True, True * 10, False - 1)
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]))
print(bool(None), bool(0.0), bool({}), bool(()), bool(set()))
print(True and "yes", False or "fallback", None or 0 or "")
print(not None, not 5)
print(type(True).__name__, isinstance(True, int))
x = None
print(x is None, x == None, x is not None)
print(repr(None), str(None))
def f():
    pass
print(f())
print(True == 1, False == 0, (1 == 1) is True)
print(1 if True else 2, int(True), str(False))
print([0, 1, 2, None, "", "a"].count(None))
print(sum([True, True, False, True]))
