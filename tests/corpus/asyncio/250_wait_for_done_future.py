# wait_for on a future that is resolved by a timer, and on a finished one.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "resolved")
    print(await asyncio.wait_for(fut, 1))
    print(await asyncio.wait_for(fut, 0))
    fut2 = loop.create_future()
    loop.call_later(2, fut2.set_result, "too late")
    try:
        await asyncio.wait_for(fut2, 0.5)
    except asyncio.TimeoutError:
        print("timeout; fut2 cancelled:", fut2.cancelled())
    print("t =", loop.time())


asyncio.run(main())
