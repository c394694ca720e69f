# User subclasses of ExceptionGroup: extra state, derive() so that split()
# keeps the subclass, and a custom __new__/__init__.
class TaskErrors(ExceptionGroup):
    def __new__(cls, message, excs, task_name):
        self = super().__new__(cls, message, excs)
        self.task_name = task_name
        return self

    def __init__(self, message, excs, task_name):
        super().__init__(message, excs)

    def derive(self, excs):
        return TaskErrors(self.message, excs, self.task_name)


errs = TaskErrors("worker failed", [ValueError("a"), OSError("b"), ValueError("c")], "worker-1")
print(type(errs).__name__, errs.task_name, str(errs))
print(repr(errs))
match, rest = errs.split(ValueError)
print(type(match).__name__, match.task_name, repr(match.exceptions))
print(type(rest).__name__, rest.task_name, repr(rest.exceptions))


class PlainSubclass(ExceptionGroup):
    pass


p = PlainSubclass("plain", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
# Without derive() the parts are plain ExceptionGroups.
print(type(p).__name__, type(m).__name__, type(r).__name__)
print(repr(m), repr(r))

# derive() itself.
d = p.derive([KeyError("x")])
print(type(d).__name__, repr(d), d.__traceback__, d.__context__, d.__cause__)
b = BaseExceptionGroup("b", [ValueError()]).derive([KeyboardInterrupt()])
print(type(b).__name__, repr(b))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)


class WithStr(ExceptionGroup):
    def __str__(self):
        return f"{self.message}: {len(self.exceptions)} problems"


w = WithStr("custom", [ValueError(), ValueError()])
print(str(w), repr(w))
try:
    raise w
except ExceptionGroup as e:
    print(isinstance(e, WithStr), e)
