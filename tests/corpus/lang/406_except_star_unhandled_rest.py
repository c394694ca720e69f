# What no except* clause matches is re-raised, keeping the group's
# structure; an outer handler sees it.
def inner(exc):
    try:
        raise exc
    except* ValueError as e:
        print("inner handled", repr(e))


for exc in [
    ExceptionGroup("mixed", [ValueError(1), TypeError(2), ValueError(3)]),
    ExceptionGroup("nested", [ValueError(1), ExceptionGroup("sub", [OSError("o"), ValueError(2)])]),
    ExceptionGroup("none handled", [KeyError("a")]),
    TypeError("naked, unmatched"),
    ValueError("naked, matched"),
]:
    try:
        inner(exc)
        print("nothing left over")
    except ExceptionGroup as rest:
        print("left over:", repr(rest), rest is exc)
    except Exception as other:
        print("left over (naked):", repr(other), other is exc)

# Two levels of except*: the inner one takes its part, the outer the rest.
try:
    try:
        raise ExceptionGroup("two levels", [ValueError("v"), TypeError("t"), KeyError("k")])
    except* ValueError as e:
        print("level 1:", repr(e))
except* TypeError as e:
    print("level 2 TypeError:", repr(e))
except* KeyError as e:
    print("level 2 KeyError:", repr(e))

# BaseExceptionGroup members that are not Exceptions.
try:
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print("base group ValueError part:", repr(e))
except BaseExceptionGroup as rest:
    print("rest:", repr(rest))
