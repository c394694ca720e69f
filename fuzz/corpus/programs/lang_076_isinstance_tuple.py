def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, (str, bytes)):
        return "text"
    if isinstance(x, (list, tuple, set, dict)):
        return "collection"
    return type(x).__name__
for v in [True, 3, 2.5, "s", b"b", [1], (1,), {1}, {}, None, kind]:
    print(repr(v)[:10], kind(v))
print(isinstance(3, object), isinstance(int, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, (str, float)), issubclass(int, (str, int)))
print(type(3) == int, type(True) == int)
try:
    isinstance(3, "int")
except TypeError as e:
    print(e)
