# timeout <= 0: wait_for fails immediately unless the awaitable is already done.
import asyncio


async def instant():
    return "instant"


async def main():
    loop = asyncio.get_running_loop()
    done_fut = loop.create_future()
    done_fut.set_result("already done")
    print(await asyncio.wait_for(done_fut, 0))
    try:
        await asyncio.wait_for(instant(), 0)
    except TimeoutError:
        print("even an instant coroutine times out with timeout=0")
    print("time:", loop.time())


asyncio.run(main())
