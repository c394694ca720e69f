# Raising in an except* clause: the new exception is chained to the part the
# clause handled (__context__), and everything that is raised or left over
# is combined into ExceptionGroup('', [...]).
def describe(e, indent=""):
    print(indent + repr(e))
    ctx = e.__context__
    if ctx is not None:
        print(indent + "  context:", repr(ctx))
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            describe(sub, indent + "    ")


try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from the ValueError clause")
    except* TypeError:
        raise OSError("from the TypeError clause")
except ExceptionGroup as result:
    describe(result)

print("---")
# Only one clause raises and nothing is left over.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("only this")
    except* TypeError:
        pass
except Exception as result:
    describe(result)

print("---")
# A naked exception: the raised one replaces it (not wrapped again).
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        raise KeyError("replacement")
except Exception as result:
    describe(result)

print("---")
# raise ... from ...
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("with cause") from e.exceptions[0]
except Exception as result:
    describe(result)
    print("cause:", repr(result.__cause__), result.__suppress_context__)
