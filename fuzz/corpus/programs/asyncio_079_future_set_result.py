# A Future is a placeholder that somebody completes later.
import asyncio


async def producer(fut):
    await asyncio.sleep(0.5)
    print("producer: setting the result")
    fut.set_result("the answer")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done?", fut.done())
    asyncio.create_task(producer(fut))
    value = await fut
    print("main got:", value, "| done?", fut.done(), fut.result())
    f2 = asyncio.Future()
    f2.set_result("set before awaiting")
    print(await f2)


asyncio.run(main())
