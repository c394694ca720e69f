class MyKeyError(KeyError):
    pass
class MyValueError(ValueError):
    def __str__(self):
        return "custom: " + super().__str__()
try:
    raise MyKeyError("name")
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    raise MyValueError("bad")
except ValueError as e:
    print(e, repr(e))
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()), repr(Empty("x", 2)))
print(str(KeyError("a b")), str(KeyError(1, 2)))
raise MyKeyError("missing key")
