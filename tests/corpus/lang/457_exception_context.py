# implicit exception chaining (__context__), explicit (from), and from None
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError(f"cannot parse {text!r}")


try:
    parse("x")
except TypeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__, e.__suppress_context__)

try:
    try:
        {}["key"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from None
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad math") from e
except ValueError as e:
    print(repr(e.__cause__), e.__cause__ is e.__context__)

try:
    try:
        raise KeyError("a")
    finally:
        print("cleanup")
except KeyError as e:
    print("context in finally:", e.__context__)

e = ValueError("x")
print(e.__traceback__, e.__context__, e.__cause__)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None)
    caught.__traceback__ = None
    print(caught.__traceback__)


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k}")


lookup({}, "missing")
