# Cancelling an outer gather cancels the inner gathers and their children.
import asyncio


async def leaf(name, d):
    try:
        await asyncio.sleep(d)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    inner1 = asyncio.gather(leaf("a", 0.1), leaf("b", 1))
    inner2 = asyncio.gather(leaf("c", 1), leaf("d", 2))
    outer = asyncio.gather(inner1, inner2)
    await asyncio.sleep(0.5)
    print("cancel ->", outer.cancel())
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner1.cancelled(), inner2.cancelled())


asyncio.run(main())
