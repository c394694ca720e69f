# Script subclasses of OSError: with their own __init__, CPython parses the
# arguments in OSError.__init__ (what super().__init__ receives).
class ServiceError(OSError):
    def __init__(self, service, errno, message):
        super().__init__(errno, message)
        self.service = service


e = ServiceError("db", 111, "Connection refused")
print(type(e).__name__, repr(e), str(e), e.errno, e.strerror, e.service, e.args)


class NoInit(ConnectionError):
    pass


n = NoInit(104, "reset", "socket-1")
print(type(n).__name__, repr(n), str(n), n.errno, n.filename)


class Quiet(OSError):
    def __init__(self, *args):
        pass


q = Quiet(2, "missing", "file")
print(repr(q), repr(str(q)), q.args, q.errno, q.filename)


class WithStr(FileNotFoundError):
    def __str__(self):
        return f"custom: {self.filename} ({self.errno})"


w = WithStr(2, "No such file or directory", "a.cfg")
print(str(w), repr(w))

try:
    raise ServiceError("cache", 110, "timed out")
except OSError as caught:
    print("caught", type(caught).__name__, caught.service, caught)
