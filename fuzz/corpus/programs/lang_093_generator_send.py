def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
def echo():
    received = None
    while True:
        received = yield f"got {received}"
e = echo()
print(e.send(None))
print(e.send("hi"))
print(e.send(3))
g = accumulator()
try:
    g.send(1)
except TypeError as err:
    print(err)
