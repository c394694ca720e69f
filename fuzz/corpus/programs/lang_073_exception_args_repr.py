for e in [ValueError(), ValueError("bad"), ValueError("bad", 2), TypeError(3),
          RuntimeError(""), StopIteration(5), OSError(2, "No such file")]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
e = ZeroDivisionError("custom")
print(e)
print(Exception("x") == Exception("x"))
s = StopIteration("v")
print(s.value)
err = OSError(13, "Permission denied")
print(err.errno, err.strerror)
print(TimeoutError("slow"), repr(TimeoutError()))
print(repr(KeyError("k")), repr(IndexError("list index out of range")))
