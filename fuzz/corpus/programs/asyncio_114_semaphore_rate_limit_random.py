# Rate limiting with a Semaphore, seeded random durations.
import asyncio
import random
import time


async def access(sem, task_id, duration):
    print(f"task {task_id} waiting")
    async with sem:
        print(f"task {task_id} got access")
        await asyncio.sleep(duration)
        print(f"task {task_id} releases")
    return f"task {task_id} done"


async def main():
    random.seed(3)
    sem = asyncio.Semaphore(2)
    start = time.time()
    results = await asyncio.gather(*(access(sem, i + 1, random.uniform(1, 2))
                                     for i in range(5)))
    print(f"all done in {time.time() - start:.2f} s")
    print(results)


asyncio.run(main())
