# An error raised by an operation (not a raise statement) while another
# exception is handled gets it as __context__, as in CPython.
def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return out


try:
    try:
        raise KeyError("first")
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print(chain(e))

try:
    try:
        [][3]
    except IndexError:
        {}["missing"]
except KeyError as e:
    print(chain(e))


def helper():
    return int("not a number")


try:
    try:
        raise OSError(5, "io")
    except OSError:
        helper()
except ValueError as e:
    print(chain(e))

# Three levels.
try:
    try:
        try:
            None.attribute
        except AttributeError:
            len(5)
    except TypeError:
        "abc" + 1
except TypeError as e:
    print(chain(e))

# Outside any handler: no context.
try:
    1 / 0
except ZeroDivisionError as e:
    print(chain(e), e.__suppress_context__)

# In a finally block the exception being handled is the context too.
try:
    try:
        raise ValueError("in try")
    finally:
        print("finally runs")
except ValueError as e:
    print(chain(e))

# raise ... from None suppresses the display but keeps __context__.
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(chain(e), e.__suppress_context__, e.__cause__)
