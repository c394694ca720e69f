# Top-level await with tasks: the main task's coroutine is <module>.
import asyncio


async def job(n):
    await asyncio.sleep(n / 2)
    return n


main_task = asyncio.current_task()
print(main_task.get_coro().__qualname__)
t = asyncio.create_task(job(3))
print(t.get_name(), len(asyncio.all_tasks()))
print(await t)
results = [await job(n) for n in range(3)]
print(results, asyncio.get_running_loop().time())
