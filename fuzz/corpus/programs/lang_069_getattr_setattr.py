class Config:
    pass
c = Config()
setattr(c, "debug", True)
setattr(c, "level", 3)
print(c.debug, getattr(c, "level"), getattr(c, "missing", "n/a"))
print(hasattr(c, "debug"), hasattr(c, "nope"))
for name in ["debug", "level"]:
    print(name, getattr(c, name))
delattr(c, "debug")
print(hasattr(c, "debug"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(e)
print(getattr(5, "real"), getattr("abc", "upper")())
method = getattr([1, 2], "index")
print(method(2))
