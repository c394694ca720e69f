# current_task() is the running task inside coroutines and None in plain callbacks.
import asyncio


def callback():
    print("in callback:", asyncio.current_task())


async def child():
    print("in child:", asyncio.current_task().get_name())


async def main():
    loop = asyncio.get_running_loop()
    print("in main:", asyncio.current_task().get_name())
    loop.call_soon(callback)
    await asyncio.create_task(child(), name="kid")
    t = asyncio.current_task()
    print("same object:", t is asyncio.current_task(), t.get_coro().__qualname__)


asyncio.run(main())
