# Exercise: download ten files concurrently and time the whole batch.
import asyncio
import random
import time


async def download(n):
    seconds = round(random.uniform(0.2, 2.0), 2)
    await asyncio.sleep(seconds)
    return n, seconds


async def main():
    random.seed(10)
    start = time.perf_counter()
    results = await asyncio.gather(*(download(n) for n in range(10)))
    total = time.perf_counter() - start
    print("individual:", [s for _, s in results])
    print(f"sum of times {sum(s for _, s in results):.2f} s, "
          f"wall time {total:.2f} s")


asyncio.run(main())
