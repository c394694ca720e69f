### predicates
import inspect, functools
def plain(): return 1
async def coro_fn(): return 2
def gen_fn(): yield 3
async def agen_fn(): yield 4
class K:
    async def m(self): pass
    def g(self): yield 1
for f in [plain, coro_fn, gen_fn, agen_fn, len, lambda: 0, K.m, K().m, K().g, functools.partial(coro_fn), functools.partial(K().m), K]:
    print(inspect.iscoroutinefunction(f), inspect.isgeneratorfunction(f), inspect.isasyncgenfunction(f), inspect.isfunction(f), inspect.ismethod(f), inspect.isbuiltin(f), inspect.isroutine(f), inspect.isclass(f))
c = coro_fn(); g = gen_fn(); ag = agen_fn()
print(inspect.iscoroutine(c), inspect.iscoroutine(g), inspect.isgenerator(g), inspect.isgenerator(c), inspect.isasyncgen(ag), inspect.isasyncgen(g))
print(inspect.isawaitable(c), inspect.isawaitable(g), inspect.isawaitable(1), inspect.ismodule(inspect), inspect.ismodule(1), inspect.iscode(plain.__code__))
class Aw:
    def __await__(self):
        yield
print(inspect.isawaitable(Aw()), inspect.isawaitable(Aw))
c.close()
### states
import inspect
def gen():
    print("state inside:", inspect.getgeneratorstate(g))
    yield 1
    yield 2
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
async def co():
    return 1
c = co()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(inspect.getcoroutinestate(c), inspect.CORO_CREATED, inspect.GEN_SUSPENDED)
try:
    inspect.getgeneratorstate(1)
except AttributeError as e:
    print(e)
### signature
import inspect, functools
def f(a, b=2, /, c=3, *args, d, e=5, **kw): pass
s = inspect.signature(f)
print(s, repr(s), list(s.parameters), s.parameters['a'], repr(s.parameters['b']))
print(s.parameters['d'].kind, s.parameters['args'].kind.name, s.parameters['a'].default is inspect.Parameter.empty, s.parameters['e'].default)
print(inspect.signature(lambda: 0), inspect.signature(lambda *, k: 0), inspect.signature(lambda x, *a, **k: 0))
class A:
    def m(self, x, y=1): pass
    def __init__(self, q, r=1): pass
print(inspect.signature(A().m), inspect.signature(A), inspect.signature(A.m))
print(inspect.signature(functools.partial(f, 1, 2)), inspect.signature(functools.partial(A.m, None, y=3)))
b = s.bind(1, 2, 3, 4, d=9)
print(b, b.args, b.kwargs)
try:
    s.bind(1)
except TypeError as e:
    print(e)
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        return fn(*a, **k)
    return w
@deco
def wrapped(x, y=10): pass
print(inspect.signature(wrapped), [p.name for p in inspect.signature(wrapped).parameters.values()])
async def request(url, method="GET", *headers, timeout=5, **params): pass
print(inspect.signature(request))
### docs_members
import inspect
def f():
    """  Summary line.

        Indented more.
    Back.
    """
print(repr(inspect.getdoc(f)), repr(inspect.cleandoc("  a\n    b\n  c\n")), inspect.getdoc(1) is None or True)
class C:
    x = 1
    def m(self): pass
print([n for n, v in inspect.getmembers(C) if not n.startswith('__')], [n for n, v in inspect.getmembers(C(), inspect.ismethod)])
print(inspect.getmro(C) == C.__mro__, inspect.unwrap(f) is f)
