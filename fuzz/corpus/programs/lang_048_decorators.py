def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("world"))
print(hello.__name__)
def repeat(n):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
def trace(func):
    def wrapper(*args):
        print("->", func.__name__, args)
        r = func(*args)
        print("<-", func.__name__, r)
        return r
    return wrapper
@trace
@shout
def hi(n):
    return "hi " + n
hi("bob")
