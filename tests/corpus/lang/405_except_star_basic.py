# except*: each clause receives the part of the group that matches it, as a
# group; a naked exception is wrapped in ExceptionGroup('', [exc]).
def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* TypeError as e:
        print("  TypeError part:", repr(e))
    except* (KeyError, IndexError) as e:
        print("  lookup part:", repr(e), type(e).__name__)


print("group with all three kinds")
run(ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3), IndexError(4), ValueError(5)]))
print("group of only TypeErrors")
run(ExceptionGroup("types", [TypeError("a"), TypeError("b")]))
print("naked ValueError")
run(ValueError("naked"))
print("naked KeyError")
run(KeyError("k"))
print("nested group")
run(ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("deep"), KeyError("k")]), TypeError("t")]))

# The exception object seen by the handler is the match, not the original.
original = ExceptionGroup("orig", [ValueError(1), TypeError(2)])
try:
    raise original
except* ValueError as e:
    print(e is original, e.message, e.exceptions)
except* TypeError as e:
    print(e is original, e.message, e.exceptions)

# When the whole group matches, the handler gets the group itself.
whole = ExceptionGroup("whole", [ValueError(1), ValueError(2)])
try:
    raise whole
except* ValueError as e:
    print("whole match is original:", e is whole)

# The name is unbound after the handler, as with except.
try:
    raise ValueError(1)
except* ValueError as err:
    pass
try:
    err
except NameError as ne:
    print("NameError:", ne)

# Nothing raised: handlers are skipped, else runs.
try:
    x = 1
except* ValueError:
    print("not printed")
else:
    print("else ran, x =", x)
