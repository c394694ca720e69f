# A task cancelled before its first step never runs its body.
import asyncio


async def never():
    print("this line never runs")


async def main():
    t = asyncio.create_task(never())
    t.cancel()
    print("cancel requested; done() =", t.done())
    await asyncio.sleep(0)
    print("after one iteration: cancelled() =", t.cancelled())


asyncio.run(main())
