# wait_for(coro, None) just awaits the coroutine: no new task is created.
# With a timeout, the coroutine is wrapped in a task (Task-N consumed).
import asyncio


async def whoami():
    await asyncio.sleep(0.1)
    return asyncio.current_task().get_name()


async def main():
    print("timeout=None ->", await asyncio.wait_for(whoami(), None))
    print("timeout=5    ->", await asyncio.wait_for(whoami(), 5))
    t = asyncio.create_task(whoami())
    print("next task    ->", await t)


asyncio.run(main())
