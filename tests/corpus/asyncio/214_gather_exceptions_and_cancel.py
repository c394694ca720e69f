# return_exceptions=True collects errors and cancellations in order.
import asyncio


async def ok(d):
    await asyncio.sleep(d)
    return d


async def boom(d):
    await asyncio.sleep(d)
    raise KeyError(d)


async def main():
    t = asyncio.create_task(ok(5))
    asyncio.get_running_loop().call_later(0.2, t.cancel)
    res = await asyncio.gather(ok(0.1), boom(0.3), t, ok(0.4), return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r))
    try:
        await asyncio.gather(ok(0.1), boom(0.2), ok(0.3))
    except KeyError as e:
        print("first error propagates:", e)
    await asyncio.sleep(0.5)
    print("t =", round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())
