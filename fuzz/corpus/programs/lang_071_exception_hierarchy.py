tests = [
    lambda: [][1],
    lambda: {}["k"],
    lambda: int("x"),
    lambda: 1 / 0,
    lambda: undefined_name,
    lambda: "a" + 1,
    lambda: None.x,
    lambda: iter(5),
    lambda: next(iter([])),
]
for t in tests:
    try:
        t()
    except LookupError as e:
        print("LookupError", type(e).__name__, e)
    except ArithmeticError as e:
        print("ArithmeticError", type(e).__name__, e)
    except Exception as e:
        print("Exception", type(e).__name__, repr(e))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(RecursionError, RuntimeError), issubclass(TimeoutError, OSError))
print(issubclass(StopAsyncIteration, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(IndentationError, SyntaxError))
