# closures, nonlocal, decorators with arguments, functools.wraps
import functools


def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c = make_counter(10)
c()
print(c(5), c.__closure__[0].cell_contents, c.__name__, c.__qualname__)
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])


def repeat(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator


@repeat(3)
def greet(name):
    "Say hello."
    return f"hi {name}"


print(greet("ann"), greet.__name__, greet.__doc__, greet.__wrapped__("bob"))


def trace(fn):
    depth = 0

    def wrapper(*args):
        nonlocal depth
        print("  " * depth + f"-> {fn.__name__}{args}")
        depth += 1
        result = fn(*args)
        depth -= 1
        print("  " * depth + f"<- {result}")
        return result
    return wrapper


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


fact(3)


def memo(fn):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache))


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.calls, square.__name__)
x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x
    return inner()


print(outer(), x)
