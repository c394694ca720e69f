def worker():
    yield "a"
    yield "b"
    return "result"
g = worker()
for x in g:
    print(x)
g = worker()
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def empty():
    return 42
    yield
try:
    next(empty())
except StopIteration as e:
    print(e.value)
def none_ret():
    yield 1
g = none_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value)
