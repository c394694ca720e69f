# An uncaught group raised `from` another exception.
def fetch(name):
    raise ConnectionRefusedError(111, "Connection refused")


def fetch_all(names):
    errors = []
    for name in names:
        try:
            fetch(name)
        except OSError as e:
            errors.append(e)
    return errors


try:
    raise LookupError("no mirror configured")
except LookupError as missing:
    raise ExceptionGroup("downloads failed", fetch_all(["a", "b"])) from missing
