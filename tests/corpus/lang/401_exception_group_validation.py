# The constructor's argument checks (py: BaseExceptionGroup_new, 3.11).
def attempt(label, make):
    try:
        g = make()
        print(label, "->", type(g).__name__, repr(g))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("no args", lambda: BaseExceptionGroup())
attempt("message not str", lambda: ExceptionGroup(42, [ValueError()]))
attempt("excs not a sequence", lambda: ExceptionGroup("m", 5))
attempt("a set", lambda: ExceptionGroup("m", {1}))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: ExceptionGroup("m", ()))
attempt("item not exception", lambda: ExceptionGroup("m", [ValueError(), 3]))
attempt("class not instance", lambda: ExceptionGroup("m", [ValueError]))
attempt("string items", lambda: ExceptionGroup("m", "ab"))
attempt("BaseException in ExceptionGroup", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("SystemExit in ExceptionGroup", lambda: ExceptionGroup("m", [ValueError(), SystemExit(1)]))
attempt("BaseException in BaseExceptionGroup", lambda: BaseExceptionGroup("m", [SystemExit(2)]))
attempt("keyword", lambda: ExceptionGroup("m", [ValueError()], extra=1))
attempt("keywords only", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
attempt("range of ints", lambda: ExceptionGroup("m", range(2)))


class Errors(ExceptionGroup):
    pass


class AnyErrors(BaseExceptionGroup):
    pass


attempt("subclass with BaseException", lambda: Errors("m", [KeyboardInterrupt()]))
attempt("subclass fine", lambda: Errors("m", [ValueError()]))
attempt("base subclass keeps its class", lambda: AnyErrors("m", [ValueError()]))
attempt("base subclass with BaseException", lambda: AnyErrors("m", [GeneratorExit()]))
