# try/except*/else/finally: the order things run in.
def run(label, exc):
    print(label)
    try:
        try:
            print("  body")
            if exc is not None:
                raise exc
        except* ValueError as e:
            print("  ValueError clause", repr(e))
        except* TypeError as e:
            print("  TypeError clause", repr(e))
        else:
            print("  else")
        finally:
            print("  finally")
    except BaseException as rest:
        print("  escaped:", repr(rest))


run("no exception", None)
run("handled group", ExceptionGroup("g", [ValueError(1), TypeError(2)]))
run("partly handled", ExceptionGroup("g", [ValueError(1), KeyError(2)]))
run("naked", TypeError("naked"))
run("unhandled naked", KeyError("k"))


def returns_from_finally_path():
    log = []
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            log.append("handled")
        finally:
            log.append("finally")
        log.append("after")
    finally:
        log.append("outer finally")
    return log


print(returns_from_finally_path())

# A loop around try/except* (break outside the clause is fine).
for i in range(5):
    try:
        if i % 2:
            raise ExceptionGroup("odd", [ValueError(i)])
    except* ValueError as e:
        print("iteration", i, "handled", e.exceptions[0])
    if i == 3:
        break
print("loop done at", i)
