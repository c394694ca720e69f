# One child fails: its sibling is cancelled, the body is cancelled, and the
# group raises an ExceptionGroup.
import asyncio


async def slow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("slow: cancelled by the group")
        raise


async def broken():
    await asyncio.sleep(1)
    raise ValueError("broken child")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(broken())
            await asyncio.sleep(10)
            print("not reached")
    except* ValueError as eg:
        print("caught", repr(eg.exceptions[0]), "in", type(eg).__name__)
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main())
