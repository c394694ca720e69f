# Done callbacks run in registration order, after the awaiting task's wakeup is queued.
import asyncio


def cb(tag):
    def inner(fut):
        print("callback", tag, fut.result())
    return inner


async def job():
    await asyncio.sleep(0.1)
    return "ok"


async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(cb(1))
    t.add_done_callback(cb(2))
    r = await t
    print("main resumed with", r)
    t.add_done_callback(cb(3))
    await asyncio.sleep(0)
    print("removed:", t.remove_done_callback(print))


asyncio.run(main())
