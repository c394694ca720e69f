# reprs and types of builtin methods on classes and instances
print(str.upper, type(str.upper).__name__)
print(list.append, type(list.append).__name__)
print(type("a".upper).__name__, type([].append).__name__)
print(str.__add__, type(str.__add__).__name__)
print(type("a".__add__).__name__, type((1).__add__).__name__)
print(object.__init__, type(object.__init__).__name__)
print(dict.get, dict.__getitem__, type(dict.__len__).__name__)
print(int.__repr__, type(int.bit_length).__name__)
print(callable, len, abs, type(len).__name__)
print(callable(str.upper), str.upper("abc"), list.__len__([1, 2]))
m = "hello".upper
print(m(), m.__name__, m.__self__)
print(str.upper.__name__, str.upper.__qualname__)
