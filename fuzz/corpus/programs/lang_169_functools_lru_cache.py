import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
print(fib.cache_info())
calls = []
@functools.lru_cache(maxsize=2)
def slow_square(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    slow_square(v)
print(calls)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())
@functools.lru_cache
def greet(name, punct="!"):
    print("computing", name)
    return "hi " + name + punct
print(greet("a"), greet("a"), greet("a", "?"))
print(greet.cache_info().hits, greet.cache_info().misses)
@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(10), fact.cache_info().currsize)
