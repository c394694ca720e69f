# split() and subgroup(): by type, by a tuple of types, by predicate; the
# structure of nested groups is kept and empty parts are None.
eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4), ExceptionGroup("low", [TypeError(5)])]),
])


def show(label, result):
    if isinstance(result, tuple):
        print(label, "match:", repr(result[0]))
        print(label, "rest: ", repr(result[1]))
    else:
        print(label, repr(result))


show("ValueError", eg.split(ValueError))
show("TypeError", eg.split(TypeError))
show("tuple", eg.split((KeyError, TypeError)))
show("Exception", eg.split(Exception))
show("OSError", eg.split(OSError))
show("LookupError", eg.split(LookupError))
show("subgroup ValueError", eg.subgroup(ValueError))
show("subgroup OSError", eg.subgroup(OSError))
show("subgroup all", eg.subgroup(BaseException))
print(eg.subgroup(BaseException) is eg)

# A predicate sees every exception, groups included.
seen = []


def pred(e):
    seen.append(type(e).__name__ + ":" + str(e))
    return isinstance(e, (ValueError, KeyError)) and e.args[0] > 1


show("predicate", eg.split(pred))
print(seen)
show("predicate on groups", eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "low"))
show("everything", eg.split(lambda e: True))
show("nothing", eg.split(lambda e: False))

# Invalid matchers.
for bad in (3, "ValueError", (ValueError, 3), int, [ValueError]):
    try:
        eg.split(bad)
    except TypeError as e:
        print(repr(bad), "->", e)
    try:
        eg.subgroup(bad)
    except TypeError as e:
        print(repr(bad), "subgroup ->", e)

# The original group is unchanged.
print(repr(eg))
