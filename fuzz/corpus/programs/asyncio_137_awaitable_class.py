# A class with __await__ can be awaited; it delegates to other awaitables.
import asyncio


class Delayed:
    def __init__(self, value, delay):
        self.value = value
        self.delay = delay

    def __await__(self):
        yield from asyncio.sleep(self.delay).__await__()
        return f"delayed {self.value}"


class Ready:
    def __await__(self):
        return iter(())             # finishes at once, without suspending

    def __repr__(self):
        return "Ready()"


async def main():
    print(await Delayed("hello", 0.5))
    print("awaiting Ready() gives", await Ready())
    results = await asyncio.gather(Delayed(1, 0.3), Delayed(2, 0.1))
    print(results, asyncio.get_running_loop().time())


asyncio.run(main())
