# Two tasks each wait for a future only the other would set: deadlock (exit 3).
import asyncio


async def side(name, mine, theirs):
    print(name, "waiting")
    await theirs
    mine.set_result(name)


async def main():
    loop = asyncio.get_running_loop()
    fa, fb = loop.create_future(), loop.create_future()
    await asyncio.gather(side("a", fa, fb), side("b", fb, fa))


asyncio.run(main())
