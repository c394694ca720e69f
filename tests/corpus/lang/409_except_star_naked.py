# except* with exceptions that are not groups.
def handle(exc):
    try:
        raise exc
    except* (ValueError, TypeError) as e:
        print("matched:", repr(e), "| wrapped member is original:", e.exceptions[0] is exc)
        print("  message:", repr(e.message), "| traceback kept:", e.__traceback__ is not None)
    except* Exception as e:
        print("fallback:", repr(e))


handle(ValueError("v"))
handle(TypeError("t"))
handle(ZeroDivisionError("z"))
handle(OSError(2, "no file"))

# A naked exception no clause matches propagates as itself.
try:
    try:
        raise LookupError("unmatched")
    except* ValueError:
        print("not here")
except LookupError as e:
    print("propagated unchanged:", repr(e))

# BaseException (not Exception) matched by except* BaseException.
try:
    raise KeyboardInterrupt()
except* BaseException as e:
    print("base:", type(e).__name__, repr(e))

# except* with a class hierarchy: the first matching clause wins.
try:
    raise FileNotFoundError(2, "missing")
except* OSError as e:
    print("OSError clause:", repr(e))
except* FileNotFoundError as e:
    print("never")
