def memoize(func):
    cache = {}
    def wrapper(*args):
        if args in cache:
            print(f"  cache hit {args}")
            return cache[args]
        result = func(*args)
        cache[args] = result
        return result
    wrapper.cache = cache
    return wrapper
@memoize
def slow_add(a, b):
    print(f"  computing {a}+{b}")
    return a + b
print(slow_add(1, 2))
print(slow_add(1, 2))
print(slow_add(2, 1))
print(len(slow_add.cache))
def validate(**types):
    def deco(func):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return func(**kwargs)
        return wrapper
    return deco
@validate(name=str, age=int)
def person(name, age):
    return f"{name} ({age})"
print(person(name="Ann", age=30))
try:
    person(name="Bob", age="old")
except TypeError as e:
    print("TypeError:", e)
