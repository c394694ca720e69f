# ensure_future wraps a coroutine in a Task but passes futures through.
import asyncio


async def answer():
    await asyncio.sleep(0.2)
    return 42


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(answer())
    print(t.get_name(), asyncio.ensure_future(t) is t)
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut)
    loop.call_later(0.1, fut.set_result, "future value")
    print(await fut, await t)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
