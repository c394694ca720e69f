# shield(): the outer future is cancelled but the inner task keeps running.
import asyncio


async def critical(fail):
    await asyncio.sleep(0.3)
    if fail:
        raise RuntimeError("inner failed")
    return "saved"


async def main():
    inner = asyncio.create_task(critical(False))
    outer = asyncio.shield(inner)
    asyncio.get_running_loop().call_later(0.1, outer.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner done?", inner.done())
    print("inner result:", await inner)

    inner2 = asyncio.create_task(critical(True))
    try:
        await asyncio.shield(inner2)
    except RuntimeError as e:
        print("shield passes the error through:", e)
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main())
