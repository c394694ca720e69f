### partial_basic
import functools
def f(a, b=2, *, c=3):
    return (a, b, c)
p = functools.partial(f, 1)
print(p(), p(5), p(c=9), p.func is f, p.args, p.keywords)
q = functools.partial(f, c=10)
print(q(1), q(1, c=4), q(b=5, a=0))
r = functools.partial(print, 1, sep='-')
print(r.args, r.keywords)
r2 = functools.partial(r, 2, end='!\n')
print(r2.func is print, r2.args, r2.keywords)
r2(3)
print(repr(functools.partial(max, 1, key=abs)), repr(functools.partial(functools.partial(max, 1), 2, default=0)))
print(type(p), functools.partial, callable(p), isinstance(p, functools.partial))
pow2 = functools.partial(pow, exp=2)
print(list(map(pow2, range(5))), functools.partial(int, base=2)("1010"))
### partial_errors_attrs
import functools
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: functools.partial())
t(lambda: functools.partial(1))
p = functools.partial(max, 3)
p.attr = 5
print(p.attr, p.__dict__)
t(lambda: setattr(p, 'func', 3))
class P(functools.partial):
    pass
print(P(max, 1).__class__.__name__, repr(P(max, 1)))
t(lambda: functools.partial(lambda x: 1 / x, 0)())
### partial_repr
import functools
def add(x, y):
    return x + y
p = functools.partial(add, 1)
s = repr(p)
print(s.startswith("functools.partial(<function add at 0x"), s.endswith(">, 1)"))
print(repr(functools.partial(len)), repr(functools.partial(sorted, key=len, reverse=True)))
### reduce
import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6), 10), functools.reduce(lambda a, b: a + b, [], 0))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []), functools.reduce(max, [3, 9, 2]), functools.reduce(operator.add, ["a"]))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: functools.reduce(operator.add, []))
t(lambda: functools.reduce(operator.add, 1))
t(lambda: functools.reduce(operator.add))
t(lambda: functools.reduce(operator.add, [1], 2, 3))
t(lambda: functools.reduce(operator.add, [], initial=3))
t(lambda: functools.reduce(operator.add, [1, "a"]))
### wraps
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        """wrapper doc"""
        print("calling", fn.__name__)
        return fn(*args, **kw)
    return wrapper
@deco
def greet(name):
    """Say hello."""
    return "hello " + name
print(greet("bob"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__)
print(greet.__wrapped__("x"), greet.__wrapped__.__name__)
def plain(): pass
plain.custom = 1
def w(): pass
functools.update_wrapper(w, plain)
print(w.__name__, w.custom, w.__wrapped__ is plain)
def w2(): pass
functools.update_wrapper(w2, plain, assigned=('__doc__',), updated=())
print(w2.__name__, hasattr(w2, 'custom'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
### lru_cache
import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 1, 2, 2]:
    sq(v)
print(calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__(4))
@functools.lru_cache
def g(a, b=1, *, c=2):
    print("computing", a, b, c)
    return a + b + c
print(g(1), g(1), g(1, 1), g(1, b=1), g(a=1), g(1, c=2), g.cache_info())
@functools.lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())
@functools.lru_cache(typed=True)
def ty(x):
    print("ty", x)
    return x
print(ty(1), ty(1.0), ty(True), ty.cache_info())
@functools.lru_cache()
def untyped(x):
    print("un", x)
    return x
print(untyped(1), untyped(1.0), untyped.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__, info._fields)
@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(10), fact.cache_info())
try:
    functools.lru_cache("x")
except TypeError as e:
    print(e)
@functools.lru_cache(maxsize=3)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(25), ways.cache_info())
try:
    sq([1])
except TypeError as e:
    print(e)
### total_ordering
import functools
@functools.total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), b >= a, a == V(1))
print(sorted([V(3), V(1), V(2)], key=lambda v: v.n)[0].n, max([V(3), V(5)]).n, V.__gt__.__name__)
@functools.total_ordering
class G:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        return self.n > other.n
print(G(1) < G(2), G(3) <= G(2), G(2) >= G(2))
try:
    @functools.total_ordering
    class N:
        pass
except ValueError as e:
    print(e)
### cmp_to_key
import functools
def cmp(a, b):
    return (a > b) - (a < b)
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return cmp(a, b)
print(sorted([5, 2, 9, 1], key=functools.cmp_to_key(cmp)), sorted(["ccc", "a", "bb", "aa"], key=functools.cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), min([4, 2, 8], key=functools.cmp_to_key(cmp)))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
### singledispatch
import functools
@functools.singledispatch
def show(x):
    return "object: " + repr(x)
@show.register(int)
def _(x):
    return "int: " + str(x)
@show.register(list)
def _(x):
    return "list of " + str(len(x))
def show_str(x):
    return "str: " + x
show.register(str, show_str)
print(show(1), show("a"), show([1, 2]), show(2.5), show(True), show.dispatch(bool) is show.registry[int])
