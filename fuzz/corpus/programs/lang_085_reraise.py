def process(x):
    try:
        return 10 / x
    except ZeroDivisionError:
        print("logging the error")
        raise
try:
    process(0)
except ZeroDivisionError as e:
    print("re-raised:", e)
def wrap():
    try:
        int("bad")
    except ValueError as err:
        saved = err
    print("saved", type(saved).__name__)
    raise saved
try:
    wrap()
except ValueError as e:
    print("got", e)
try:
    raise TypeError
except TypeError as e:
    print(repr(e))
try:
    raise ValueError("a") from ValueError("b")
except ValueError as e:
    print(e, e.__cause__)
