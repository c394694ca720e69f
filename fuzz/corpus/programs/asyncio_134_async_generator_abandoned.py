# Breaking out of `async for` abandons the generator; the event loop's
# finaliser closes it in a new task, so its finally runs a bit later.
import asyncio


async def numbers():
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print("generator finally: cleaning up in",
              asyncio.current_task().get_name())


async def main():
    async for n in numbers():
        print("got", n)
        if n == 2:
            break
    print("loop exited")
    await asyncio.sleep(0)
    print("main after one yield")
    await asyncio.sleep(0)
    print("main after two yields")


asyncio.run(main())
