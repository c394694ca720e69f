# A bare `raise` in except* re-raises the handled part where it was in the
# original group; `raise e` raises it as a new exception.
def attempt(label, body):
    try:
        body()
    except BaseException as result:
        print(label, "->", repr(result))


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3)])])
    except* ValueError:
        raise


def explicit_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


def reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise


def reraise_one_raise_other():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("new")


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def notes_make_a_copy():
    try:
        eg = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
        eg.add_note("a note")
        raise eg
    except* ValueError:
        raise


attempt("bare reraise", bare_reraise)
attempt("explicit raise", explicit_raise)
attempt("reraise all", reraise_all)
attempt("reraise one, raise other", reraise_one_raise_other)
attempt("naked reraise", naked_reraise)
attempt("notes", notes_make_a_copy)
