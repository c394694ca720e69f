# BaseExceptionGroup / ExceptionGroup: construction, the class hierarchy,
# message/exceptions, str and repr.
eg = ExceptionGroup("many things failed", [ValueError(1), TypeError("bad type")])
print(type(eg).__name__, eg.message, eg.exceptions)
print(str(eg))
print(repr(eg))
print(eg.args)
print(len(eg.exceptions), type(eg.exceptions).__name__)

one = ExceptionGroup("just one", [KeyError("k")])
print(str(one), repr(one))

# BaseExceptionGroup becomes an ExceptionGroup when every member is an Exception.
auto = BaseExceptionGroup("auto", [ValueError(), ZeroDivisionError()])
print(type(auto).__name__, isinstance(auto, Exception))
base = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(base).__name__, isinstance(base, Exception), isinstance(base, BaseException))

print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in BaseExceptionGroup.__mro__])
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception))

# A tuple works as the sequence and is kept in args.
t = ExceptionGroup("tuple", (OSError(2, "gone"), ValueError("v")))
print(t.args[1] is t.exceptions, repr(t))

# Nested groups.
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
print(str(nested))
print(repr(nested))
print(nested.exceptions[1].message, nested.exceptions[1].exceptions)

# Groups are exceptions: raised and caught with a plain except.
try:
    raise nested
except ExceptionGroup as caught:
    print("caught", caught is nested, caught.message)
try:
    raise base
except BaseExceptionGroup as caught:
    print("caught base", type(caught).__name__)

# Empty message.
print(repr(str(ExceptionGroup("", [ValueError()]))))

# message and exceptions are read-only.
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, "x")
    except AttributeError as e:
        print(attr, "->", e)

# Subscriptable for annotations (PEP 585).
alias = ExceptionGroup[ValueError]
print(alias, alias.__origin__ is ExceptionGroup, alias.__args__)


def collect() -> ExceptionGroup[ValueError]:
    return ExceptionGroup("typed", [ValueError()])


print(repr(collect()))
