# A task fails and nobody looks at it: CPython logs "Task exception was
# never retrieved" when the task is destroyed (at exit at the latest).
import asyncio


async def fire_and_forget():
    await asyncio.sleep(0.1)
    raise RuntimeError("nobody will see this directly")


async def main():
    asyncio.create_task(fire_and_forget())
    await asyncio.sleep(1)
    print("main finished without awaiting the failed task")


asyncio.run(main())
