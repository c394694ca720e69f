# The OSError family as builtins: the hierarchy, the aliases, catching a
# subclass through its base.
import builtins

names = ["OSError", "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError",
         "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "FileExistsError",
         "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
         "ProcessLookupError", "TimeoutError"]
for name in names:
    cls = getattr(builtins, name)
    print(name, [c.__name__ for c in cls.__mro__])

print(EnvironmentError is OSError, IOError is OSError)
print(EnvironmentError.__name__, IOError.__name__)


def fail(cls, *args):
    raise cls(*args)


for cls in (ConnectionResetError, ConnectionRefusedError, ConnectionAbortedError, BrokenPipeError):
    try:
        fail(cls, "peer went away")
    except ConnectionError as e:
        print("ConnectionError caught", type(e).__name__, e, isinstance(e, OSError))

for cls in (TimeoutError, FileExistsError, IsADirectoryError, NotADirectoryError, InterruptedError,
            ProcessLookupError, ChildProcessError, BlockingIOError, PermissionError):
    try:
        fail(cls, 0, "test")
    except OSError as e:
        print("OSError caught", type(e).__name__, repr(e), e.errno)

try:
    fail(IOError, "old name")
except EnvironmentError as e:
    print("alias caught", type(e).__name__, e)

# TimeoutError is an OSError in 3.11 (asyncio.TimeoutError is the same class).
print(issubclass(TimeoutError, OSError), TimeoutError.__bases__)
