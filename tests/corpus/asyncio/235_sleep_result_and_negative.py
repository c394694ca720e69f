# sleep(delay, result) returns result; zero and negative delays just yield.
import asyncio


async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(other())
    print(await asyncio.sleep(-5, "negative"))
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(0.25, result={"k": 1}))
    await t
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main())
