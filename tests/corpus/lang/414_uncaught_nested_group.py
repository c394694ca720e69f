# A nested group with members raised in different functions: each member
# shows its own traceback, nested boxes are indented.
def parse(text):
    return int(text)


def collect(items):
    errors = []
    for item in items:
        try:
            parse(item)
        except ValueError as e:
            errors.append(e)
    return errors


def check_all():
    first = ExceptionGroup("batch one", collect(["1", "x"]))
    second = ExceptionGroup("batch two", collect(["y", "2", "z"]))
    raise ExceptionGroup("all batches", [first, second, KeyError("summary")])


check_all()
