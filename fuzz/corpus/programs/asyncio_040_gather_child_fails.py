# Without return_exceptions the first exception propagates at once, but the
# other children are NOT cancelled: they keep running.
import asyncio


async def step(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} broke")
    print(f"{name} completed")
    return name


async def main():
    try:
        await asyncio.gather(step("a", 1), step("b", 2, fail=True),
                             step("c", 3))
    except RuntimeError as e:
        print("gather raised:", e, "at", asyncio.get_running_loop().time())
    await asyncio.sleep(2)
    print("main ends at", asyncio.get_running_loop().time())


asyncio.run(main())
