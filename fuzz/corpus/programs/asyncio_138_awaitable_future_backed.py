# An awaitable object backed by a Future that a timer resolves.
import asyncio


class Timer:
    def __init__(self, seconds):
        loop = asyncio.get_running_loop()
        self._fut = loop.create_future()
        loop.call_later(seconds, self._fut.set_result, seconds)

    def __await__(self):
        return self._fut.__await__()


async def main():
    print("waited", await Timer(1.5))
    t1, t2 = Timer(2), Timer(1)
    print(await t2, await t1, asyncio.get_running_loop().time())
    try:
        await object()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
