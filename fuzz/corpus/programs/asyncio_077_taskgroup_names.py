# TaskGroup.create_task(name=...) still consumes a Task-N number.
import asyncio


async def who():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(who())
        b = tg.create_task(who(), name="custom")
        c = tg.create_task(who())
    print(a.result(), b.result(), c.result())
    print(asyncio.create_task(who()).get_name())


asyncio.run(main())
