# gather wraps coroutines in new tasks (consuming Task-N numbers) and uses
# tasks and futures as they are.
import asyncio


async def show(label):
    await asyncio.sleep(0)
    return f"{label} ran in {asyncio.current_task().get_name()}"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(show("task"))
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "plain future")
    results = await asyncio.gather(show("coro A"), t, fut, show("coro B"))
    for r in results:
        print(r)


asyncio.run(main())
