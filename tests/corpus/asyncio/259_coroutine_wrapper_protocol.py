# Driving coroutines by hand: send(), throw(), close() and __await__().
import asyncio


async def adder():
    total = 0
    try:
        while True:
            total += await Value()
    except GeneratorExit:
        print("closed with total", total)
        raise


class Value:
    def __await__(self):
        v = yield "need a value"
        return v


c = adder()
print(c.send(None))
print(c.send(5))
print(c.send(7))
c.close()
w = adder().__await__()
print(next(w), w.send(1))
try:
    w.throw(ValueError("stop"))
except ValueError as e:
    print("ValueError from wrapper:", e)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(w))
