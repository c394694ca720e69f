class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"
for exc in [NotFound("x"), Invalid("age", "negative"), AppError("generic"), AppError()]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.key, e.args)
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
e = AppError("a", 1)
print(e, repr(e), e.args)
