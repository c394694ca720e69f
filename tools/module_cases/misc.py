### types
import types
def f(): pass
async def c(): pass
def g(): yield
class K:
    def m(self): pass
co = c()
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType), isinstance(co, types.CoroutineType), isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
co.close()
print(types.NoneType, types.FunctionType.__name__, types.GeneratorType.__name__, types.CoroutineType.__name__)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), types.SimpleNamespace(), types.SimpleNamespace(z=3))
try:
    types.SimpleNamespace({"k": 2})
except TypeError as e:
    print(e)
class Dog:
    def __init__(self, name):
        self.name = name
def bark(self):
    return self.name + " says woof"
d = Dog("rex")
d.bark = types.MethodType(bark, d)
print(d.bark(), d.bark.__self__ is d, d.bark.__func__ is bark)
try:
    types.MethodType(bark, None)
except TypeError as e:
    print(e)
### abc
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
class Half(Shape):
    def area(self):
        return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe(), isinstance(sq, Shape), getattr(Shape.area, "__isabstractmethod__", False))
class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
class Impl(Base):
    @property
    def name(self):
        return "impl"
print(Impl().name)
try:
    Base()
except TypeError as e:
    print(e)
### contextvars
import contextvars as cv
v = cv.ContextVar('x', default=1)
w = cv.ContextVar('y')
print(v.name, v.get(), w.get("fallback"))
t = v.set(5)
print(t.var is v, t.old_value, v.get(), type(t).__name__)
try:
    w.get()
except LookupError as e:
    print('LookupError', type(e).__name__)
v.reset(t); print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print('RuntimeError', 'has already been used once' in str(e))
ctx = cv.copy_context()
print(type(ctx).__name__, len(ctx), v in ctx)
def f(a):
    v.set(a)
    return v.get()
print(ctx.run(f, 9), v.get(), ctx[v], ctx.get(v), ctx.get(w, 'none'), list(ctx.keys()) == [v], list(ctx.values()))
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('cannot enter context'))
t2 = w.set(3)
try:
    v.reset(t2)
except ValueError as e:
    print('ValueError', str(e).endswith('was created by a different ContextVar'))
try:
    cv.ContextVar()
except TypeError as e:
    print(e)
print(cv.Token.MISSING, ctx.copy()[v])
### collections_abc
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, Callable, Hashable, Sized, Awaitable, Generator, Set, MutableSequence
import collections.abc
import collections
print(isinstance([1], Iterable), isinstance(5, Iterable), isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance((), Sequence), isinstance([], Sequence), isinstance("s", Sequence), isinstance({}, Sequence))
print(isinstance(len, Callable), isinstance(1, Callable), isinstance([], Hashable), isinstance(1, Hashable), isinstance([], Sized), issubclass(list, MutableSequence), issubclass(tuple, MutableSequence), isinstance(set(), Set), isinstance(frozenset(), Set))
def g(): yield 1
async def c(): pass
co = c()
print(isinstance(g(), Generator), isinstance(co, Awaitable), collections.abc.Iterable is Iterable, Iterable)
co.close()
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, isinstance(m, Mapping), len(m))
class Half(Mapping):
    def __getitem__(self, k): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Countdown(Iterator):
    def __init__(self, n): self.n = n
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), isinstance(Countdown(1), Iterable))
