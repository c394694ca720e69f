# A child cancelled on its own: gather raises CancelledError, or returns
# the CancelledError with return_exceptions=True.
import asyncio


async def sleepy(d):
    await asyncio.sleep(d)
    return d


async def main():
    a = asyncio.create_task(sleepy(1))
    b = asyncio.create_task(sleepy(2))
    asyncio.get_running_loop().call_later(0.5, b.cancel)
    print(await asyncio.gather(a, b, return_exceptions=True))

    c = asyncio.create_task(sleepy(1))
    d = asyncio.create_task(sleepy(2))
    asyncio.get_running_loop().call_later(0.5, d.cancel)
    try:
        await asyncio.gather(c, d)
    except asyncio.CancelledError:
        print("gather raised CancelledError; c done?", c.done())
    print(await c)


asyncio.run(main())
