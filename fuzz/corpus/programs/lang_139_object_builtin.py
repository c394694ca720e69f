o = object()
print(type(o).__name__, isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(e)
sentinel = object()
def lookup(d, k, default=sentinel):
    if k in d:
        return d[k]
    if default is sentinel:
        return "no default given"
    return default
print(lookup({}, "a"), lookup({}, "a", None), lookup({"a": 1}, "a"))
print(object() == object(), o == o)
class Derived(object):
    pass
print(Derived.__bases__, issubclass(Derived, object))
print(str(o)[:15], repr(o) == str(o))
