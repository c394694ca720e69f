try:
    {}["k"]
except KeyError as e:
    err = e
print(type(err).__name__, err.args, err.__traceback__ is not None)
try:
    raise ValueError("with note")
except ValueError as e:
    e.add_note("extra context")
    print(e.__notes__, str(e))
class DetailedError(Exception):
    def __init__(self, msg, code=500):
        super().__init__(msg)
        self.code = code
try:
    raise DetailedError("server exploded", code=503)
except DetailedError as e:
    print(e, e.code, e.args)
e = RuntimeError("outer")
e.__cause__ = KeyError("inner")
print(repr(e.__cause__), e.__context__)
print(isinstance(ValueError(), Exception), BaseException.__subclasses__ is not None)
