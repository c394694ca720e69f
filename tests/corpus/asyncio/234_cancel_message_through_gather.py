# A cancel message travels to the awaiting code.
import asyncio


async def work():
    await asyncio.sleep(5)


async def main():
    t = asyncio.create_task(work())
    await asyncio.sleep(0.1)
    t.cancel("user pressed stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)
    g = asyncio.gather(work(), work())
    await asyncio.sleep(0.1)
    g.cancel("shutdown")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled:", e.args)


asyncio.run(main())
