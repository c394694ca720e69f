# call_later / call_at / call_soon ordering, equal deadlines and loop.time().
import asyncio


def cb(name):
    print(name, "at", asyncio.get_running_loop().time())


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_later(0.2, cb, "later-0.2")
    loop.call_at(now + 0.1, cb, "at+0.1")
    loop.call_later(0.1, cb, "later-0.1")
    loop.call_soon(cb, "soon")
    h = loop.call_later(0.15, cb, "cancelled")
    h.cancel()
    loop.call_later(0, cb, "later-0")
    loop.call_later(-1, cb, "later-negative")
    await asyncio.sleep(0.3)
    print("when:", loop.call_at(5, cb, "x").when())


asyncio.run(main())
