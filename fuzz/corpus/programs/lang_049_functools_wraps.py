import functools
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}")
        return func(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3))
print(add.__name__, add.__doc__)
print(add.__wrapped__(1, 1))
def counted(func):
    @functools.wraps(func)
    def w(*a):
        w.calls += 1
        return func(*a)
    w.calls = 0
    return w
@counted
def sq(x):
    return x * x
print(sq(2), sq(3), sq.calls, sq.__name__)
