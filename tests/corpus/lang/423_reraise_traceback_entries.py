# `raise e` adds a traceback entry for the frame that raises it again, a
# bare `raise` does not (format_exception shows both cases).
import traceback


def fail():
    raise ValueError("deep")


def bare():
    try:
        fail()
    except ValueError:
        raise


def explicit():
    try:
        fail()
    except ValueError as e:
        raise e


def twice_in_same_frame():
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    raise err


for fn in (bare, explicit, twice_in_same_frame):
    try:
        fn()
    except Exception as e:
        print("".join(traceback.format_exception(e)), end="")
        print("-" * 10)
