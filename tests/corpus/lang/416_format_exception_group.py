# traceback.format_exception on groups: the same text as an uncaught
# group, captured on stdout.
import traceback


def show(exc):
    print("".join(traceback.format_exception(exc)), end="")
    print("=" * 20)


def fail(kind):
    raise kind("failure in fail()")


def make_group():
    errors = []
    for kind in (ValueError, TypeError):
        try:
            fail(kind)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("collected", errors)


try:
    make_group()
except ExceptionGroup as eg:
    show(eg)

# A group that was never raised: no traceback lines at all.
show(ExceptionGroup("never raised", [ValueError(1), ExceptionGroup("inner", [KeyError(2)])]))

# A member with a cause and one with a context.
try:
    try:
        raise KeyError("k")
    except KeyError as ke:
        raise ValueError("with context")
except ValueError as with_context:
    ctx_member = with_context
try:
    raise TypeError("with cause") from OSError(5, "io")
except TypeError as with_cause:
    cause_member = with_cause
show(ExceptionGroup("chained members", [ctx_member, cause_member]))

# A group as the __context__ of a plain exception.
try:
    try:
        raise ExceptionGroup("inner group", [ValueError("v")])
    except ExceptionGroup:
        raise RuntimeError("while handling a group")
except RuntimeError as e:
    show(e)

# format_exception_only on a group.
print(traceback.format_exception_only(ExceptionGroup("only", [ValueError()])))
