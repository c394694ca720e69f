# A future can be completed only once.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("before done:", e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("before done:", e)
    fut.set_result(1)
    for action in (lambda: fut.set_result(2),
                   lambda: fut.set_exception(ValueError())):
        try:
            action()
        except asyncio.InvalidStateError as e:
            print("after done:", e)
    print("cancel a done future:", fut.cancel(), fut.result())


asyncio.run(main())
