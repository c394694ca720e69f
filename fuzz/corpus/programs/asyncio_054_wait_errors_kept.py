# wait() never raises the tasks' exceptions: they stay inside the tasks.
import asyncio


async def boom():
    await asyncio.sleep(0.1)
    raise OSError("disk full")


async def fine():
    await asyncio.sleep(0.2)
    return "fine"


async def main():
    b = asyncio.create_task(boom())
    f = asyncio.create_task(fine())
    done, pending = await asyncio.wait([b, f])
    print(len(done), len(pending))
    print(repr(b.exception()), f.result())
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
