# asyncio stress benchmark: 10,000 tasks limited by a Semaphore(100), each
# sleeping a few random virtual moments and reporting through a bounded
# Queue to one consumer: 220,000 loop iterations run 250,000 handles
# (timers, wakeups, steps, semaphore and queue hand-offs).
import asyncio
import random

N_TASKS = 10_000
SLEEPS = 10


async def worker(i, sem, queue):
    async with sem:
        for _ in range(SLEEPS):
            await asyncio.sleep(random.random() * 0.01)
        await asyncio.sleep(0)
    await queue.put(i)


async def consumer(queue, n):
    total = 0
    for _ in range(n):
        total += await queue.get()
        queue.task_done()
    return total


async def main():
    sem = asyncio.Semaphore(100)
    queue = asyncio.Queue(maxsize=50)
    collector = asyncio.create_task(consumer(queue, N_TASKS))
    await asyncio.gather(*(worker(i, sem, queue) for i in range(N_TASKS)))
    await queue.join()
    print("sum", await collector)
    print("virtual time", round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())
