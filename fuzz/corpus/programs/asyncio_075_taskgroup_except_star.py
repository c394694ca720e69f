# Several failures in a TaskGroup, split with except*.
import asyncio


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(1, KeyError("k")))
            tg.create_task(fail_after(1, TypeError("t")))
            tg.create_task(fail_after(1, KeyError("k2")))
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [repr(e) for e in eg.exceptions])


asyncio.run(main())
