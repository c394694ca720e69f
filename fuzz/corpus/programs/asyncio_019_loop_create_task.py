# loop.create_task and asyncio.create_task make the same kind of Task.
import asyncio


async def square(x):
    await asyncio.sleep(0.1 * x)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    t1 = loop.create_task(square(3))
    t2 = asyncio.create_task(square(2))
    print(type(t1) is type(t2), t1.get_name(), t2.get_name())
    print(await t1, await t2)
    print(t1.get_loop() is loop)


asyncio.run(main())
