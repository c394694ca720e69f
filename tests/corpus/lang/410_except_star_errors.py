# What except* refuses at run time: ExceptionGroup types and types that are
# not exceptions (TypeError, chained to the exception being handled).
# (break/continue/return in the clause are SyntaxErrors: 421.)
def attempt(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def eg_type():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass


def beg_in_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass


def not_exception():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* int:
        pass


def not_a_class():
    try:
        raise ValueError(1)
    except* "ValueError":
        pass


def nothing_raised():
    try:
        pass
    except* ExceptionGroup:
        pass


attempt("except* ExceptionGroup", eg_type)
attempt("except* (ValueError, BaseExceptionGroup)", beg_in_tuple)
attempt("except* int", not_exception)
attempt("except* 'ValueError'", not_a_class)
attempt("no exception, bad type", nothing_raised)

# The TypeError is chained to the exception being handled.
try:
    eg_type()
except TypeError as e:
    print("context:", repr(e.__context__))
