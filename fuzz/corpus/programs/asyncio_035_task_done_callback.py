# Done-callbacks run through call_soon once the task finishes.
import asyncio


def report(task):
    if task.cancelled():
        print(f"callback: {task.get_name()} was cancelled")
    elif task.exception() is not None:
        print(f"callback: {task.get_name()} failed: {task.exception()!r}")
    else:
        print(f"callback: {task.get_name()} -> {task.result()}")


async def work(x):
    await asyncio.sleep(x)
    if x == 2:
        raise RuntimeError("two is bad")
    return x * 10


async def main():
    tasks = [asyncio.create_task(work(x), name=f"work{x}") for x in (1, 2, 3)]
    for t in tasks:
        t.add_done_callback(report)
    tasks[2].cancel()
    await asyncio.sleep(5)
    print("main done")


asyncio.run(main())
