# Cancelling a gather cancels its children; the gather future is not
# cancelled() itself, but awaiting it raises CancelledError.
import asyncio


async def child(n):
    try:
        await asyncio.sleep(n)
        print(f"child {n} done")
    except asyncio.CancelledError:
        print(f"child {n} cancelled")
        raise


async def main():
    g = asyncio.gather(child(1), child(2), child(3))
    await asyncio.sleep(1.5)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("awaiting gather raised CancelledError")
    print("gather cancelled():", g.cancelled(), "done():", g.done())


asyncio.run(main())
