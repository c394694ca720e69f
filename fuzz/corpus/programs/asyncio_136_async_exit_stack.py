# AsyncExitStack closes several async resources in reverse order.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name):
    print("acquire", name)
    await asyncio.sleep(0.1)
    yield name
    await asyncio.sleep(0.1)
    print("release", name)


async def main():
    async with contextlib.AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n))
                 for n in ("db", "cache", "queue")]
        stack.push_async_callback(asyncio.sleep, 0)
        print("using", names)
    print("all released at", round(asyncio.get_running_loop().time(), 2))


asyncio.run(main())
