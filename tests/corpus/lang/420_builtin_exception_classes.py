# Every exception class in builtins, with its bases: nothing missing.
import builtins

names = [n for n in dir(builtins) if n.endswith(("Error", "Exception", "Warning", "Group"))]
for n in names:
    cls = getattr(builtins, n)
    print(n, cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
print(len(names))
print(sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type)
             and issubclass(getattr(builtins, n), BaseException)
             and not n.endswith(("Error", "Exception", "Warning", "Group"))))
