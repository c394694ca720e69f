# repr(task) as a task goes through its states (addresses show as 0x?).
import asyncio


async def sleeper():
    await asyncio.sleep(1)
    return "rested"


async def failer():
    raise ValueError("bad input")


async def main():
    t = asyncio.create_task(sleeper())
    print(t)                    # pending, not started
    await asyncio.sleep(0)
    print(t)                    # pending, waiting on sleep's future
    await t
    print(t)                    # finished with a result
    f = asyncio.create_task(failer())
    await asyncio.sleep(0)
    print(f)                    # finished with an exception
    f.exception()
    c = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    c.cancel()
    print(c)                    # cancelling: still pending
    await asyncio.sleep(0)
    print(c)                    # cancelled
    print(asyncio.current_task())


asyncio.run(main())
