# Awaitable classes delegating to coroutines with yield from ... __await__().
import asyncio


class Job:
    def __init__(self, name, d):
        self.name, self.d = name, d

    def __await__(self):
        r = yield from asyncio.sleep(self.d, self.name).__await__()
        print("job", r, "finished at", asyncio.get_running_loop().time())
        return r.upper()


async def main():
    print(await Job("a", 0.2))
    print(await asyncio.gather(Job("b", 0.3), Job("c", 0.1)))
    w = asyncio.sleep(0).__await__()
    print(type(w).__name__, hasattr(w, "send"), hasattr(w, "__next__"))
    w.close()


asyncio.run(main())
