# Awaiting the same task from two places, and a finished coroutine again.
import asyncio


async def once():
    await asyncio.sleep(0.1)
    return "value"


async def main():
    t = asyncio.create_task(once())
    a, b = await asyncio.gather(t, t)
    print(a, b, await t)
    c = once()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
