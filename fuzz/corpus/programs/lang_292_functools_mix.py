import functools
def compose(*funcs):
    return functools.reduce(lambda f, g: lambda x: f(g(x)), funcs)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
@functools.lru_cache(maxsize=32)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(30))
info = ways.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
base_print = functools.partial(print, "LOG:", sep=" ")
base_print("started")
base_print("x =", 3)
def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def documented():
    "docstring here"
print(documented.__name__, documented.__doc__)
