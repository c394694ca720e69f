# Task reprs: pending, cancelling, cancelled, finished with result or exception.
import asyncio


async def sleeper():
    await asyncio.sleep(1)
    return 42


async def failer():
    raise ValueError("nope")


async def main():
    t = asyncio.create_task(sleeper(), name="sleepy")
    print(t)
    await asyncio.sleep(0)
    t.cancel("enough")
    print(t)
    await asyncio.sleep(0)
    print(t)
    f = asyncio.create_task(failer(), name="failing")
    await asyncio.sleep(0)
    print(f)
    print(f.exception())
    ok = asyncio.create_task(sleeper(), name="ok")
    await ok
    print(ok)


asyncio.run(main())
