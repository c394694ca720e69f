# ensure_future with a coroutine, a task, a future and an awaitable object.
import asyncio


class Later:
    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()
        return "from Later"


async def coro():
    return "from coro"


async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.ensure_future(coro())
    print(type(t1).__name__, t1.get_name())
    print(asyncio.ensure_future(t1) is t1)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t2 = asyncio.ensure_future(Later())
    print(type(t2).__name__, t2.get_name())
    f.set_result("from future")
    print(await t1, await f, await t2)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
