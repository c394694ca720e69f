def sub():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
def delegator(results):
    while True:
        r = yield from sub()
        results.append(r)
results = []
d = delegator(results)
next(d)
for v in [1, 2, 3, None, 10, 20, None]:
    d.send(v)
print(results)
def inner():
    try:
        yield 1
    except KeyError:
        print("inner caught KeyError")
        yield "from inner"
def outer():
    yield from inner()
o = outer()
print(next(o))
print(o.throw(KeyError()))
