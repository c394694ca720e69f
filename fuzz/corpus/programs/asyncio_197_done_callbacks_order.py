# Done-callbacks of a task run in registration order, each through the loop;
# the awaiting task is woken by one of them.
import asyncio


async def work():
    await asyncio.sleep(0.5)
    return "result"


async def main():
    t = asyncio.create_task(work())
    for i in range(3):
        t.add_done_callback(lambda task, i=i: print(f"callback {i}: {task.result()}"))
    print("awaited:", await t)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
