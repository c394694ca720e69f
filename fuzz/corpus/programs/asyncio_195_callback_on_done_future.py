# A callback added to an already finished future is still run by the loop,
# not immediately.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("ready")
    fut.add_done_callback(lambda f: print("callback:", f.result()))
    print("add_done_callback returned")
    await asyncio.sleep(0)
    print("after one iteration")


asyncio.run(main())
