# set_exception: awaiting the future raises the exception.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1, fut.set_exception, LookupError("no such user"))
    try:
        await fut
    except LookupError as e:
        print("await raised:", repr(e))
    print(repr(fut.exception()))
    try:
        fut.set_exception(StopIteration())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = loop.create_future()
    try:
        f2.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    f2.cancel()


asyncio.run(main())
