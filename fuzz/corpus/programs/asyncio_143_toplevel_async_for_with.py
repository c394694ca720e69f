# async for and async with directly in the module body.
import asyncio
import contextlib


async def countdown(n):
    while n:
        await asyncio.sleep(0.25)
        yield n
        n -= 1


@contextlib.asynccontextmanager
async def banner(title):
    print(f"== {title} ==")
    yield
    print(f"== end of {title} ==")


async with banner("countdown"):
    async for n in countdown(3):
        print(n)
lock = asyncio.Lock()
async with lock:
    print("locked at top level:", lock.locked())
