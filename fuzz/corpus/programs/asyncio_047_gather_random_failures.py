# Workers that fail at random (seeded): gather with return_exceptions.
import asyncio
import random


async def worker(wid, seconds, success_rate):
    print(f"worker {wid} starts")
    await asyncio.sleep(seconds)
    if random.random() < success_rate:
        print(f"worker {wid} succeeded")
        return f"worker {wid} ok"
    print(f"worker {wid} failed")
    raise Exception(f"worker {wid} failed")


async def main():
    random.seed(7)
    results = await asyncio.gather(worker(1, 1.0, 0.8), worker(2, 0.3, 0.3),
                                   worker(3, 0.7, 0.5), worker(4, 0.5, 0.9),
                                   return_exceptions=True)
    for wid, r in enumerate(results, 1):
        status = "FAILED" if isinstance(r, Exception) else "ok"
        print(f"worker {wid}: {status} {r}")


asyncio.run(main())
