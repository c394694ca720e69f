d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    d[("t", 1)]
except KeyError as e:
    print(e, repr(e))
try:
    d[42]
except KeyError as e:
    print(e, str(e))
try:
    raise KeyError("it's")
except KeyError as e:
    print(e)
try:
    raise KeyError()
except KeyError as e:
    print(repr(e), "[" + str(e) + "]")
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(e)
try:
    {}.pop("p")
except KeyError as e:
    print(repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(repr(e))
