# The full traceback text of what try/except* re-raises: handled parts as
# __context__ of new errors, the unhandled rest with its original frames.
import traceback


def stage(n):
    raise ValueError(f"stage {n} failed")


def run_stages():
    errors = []
    for n in range(3):
        try:
            stage(n)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("stages", errors + [KeyError("config")])


def recover():
    try:
        run_stages()
    except* KeyError:
        raise RuntimeError("no config")


try:
    recover()
except ExceptionGroup as eg:
    print("".join(traceback.format_exception(eg)), end="")


def reraise_everything():
    try:
        run_stages()
    except* ValueError:
        raise


print("=" * 10)
try:
    reraise_everything()
except ExceptionGroup as eg:
    print("".join(traceback.format_exception(eg)), end="")
