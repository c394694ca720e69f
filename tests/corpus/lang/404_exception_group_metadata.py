# split() copies the original's __traceback__, __context__, __cause__ and
# notes into both parts, and always sets __suppress_context__.
def raise_group():
    try:
        raise KeyError("missing")
    except KeyError as ke:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from ke


try:
    raise_group()
except ExceptionGroup as eg:
    eg.add_note("first note")
    match, rest = eg.split(ValueError)
    print(repr(match), repr(rest))
    print(match.__cause__ is eg.__cause__, rest.__cause__ is eg.__cause__, repr(eg.__cause__))
    print(match.__context__ is eg.__context__, repr(match.__context__))
    print(match.__traceback__ is not None, rest.__traceback__ is not None)
    print(match.__notes__, rest.__notes__)
    match.add_note("only on match")
    print(eg.__notes__, match.__notes__, rest.__notes__)
    print(eg.__suppress_context__, match.__suppress_context__, rest.__suppress_context__)

plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m, r = plain.split(TypeError)
print(plain.__suppress_context__, m.__suppress_context__, r.__suppress_context__)
print(m.__traceback__, m.__context__, m.__cause__)
print(getattr(m, "__notes__", "no notes"))

# Members keep their own identity.
leaf = ValueError("leaf")
g = ExceptionGroup("g", [leaf, TypeError()])
print(g.split(ValueError)[0].exceptions[0] is leaf)
print(g.subgroup(ValueError).exceptions[0] is leaf)
