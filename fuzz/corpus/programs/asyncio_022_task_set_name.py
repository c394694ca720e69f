# get_name / set_name; the name appears in the task's repr.
import asyncio


async def worker():
    me = asyncio.current_task()
    print("I am", me.get_name())
    me.set_name("renamed-inside")
    await asyncio.sleep(0.1)
    print("now I am", me.get_name())


async def main():
    t = asyncio.create_task(worker(), name="worker-1")
    print(repr(t.get_name()))
    await asyncio.sleep(0)
    print(t.get_name())
    t.set_name(12345)
    print(repr(t.get_name()))
    await t
    print(t)


asyncio.run(main())
