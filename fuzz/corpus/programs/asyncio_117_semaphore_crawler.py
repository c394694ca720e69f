# A polite crawler: at most 3 requests in flight, seeded random latency.
import asyncio
import random


async def fetch(url, sem, in_flight):
    async with sem:
        in_flight.append(url)
        print(f"GET {url:<8} in flight: {len(in_flight)}")
        await asyncio.sleep(random.uniform(0.1, 0.9))
        in_flight.remove(url)
        return len(url) * 100


async def main():
    random.seed(11)
    sem = asyncio.Semaphore(3)
    in_flight = []
    urls = [f"/page{i}" for i in range(8)]
    sizes = await asyncio.gather(*(fetch(u, sem, in_flight) for u in urls))
    print("bytes:", sum(sizes), "t =", round(asyncio.get_running_loop().time(), 3))


asyncio.run(main())
