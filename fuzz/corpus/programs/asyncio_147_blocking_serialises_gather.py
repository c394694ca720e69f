# Blocking calls turn concurrent tasks into serial ones.
import asyncio
import time


async def faulty(name):
    print(f"{name}: blocking call")
    time.sleep(1)
    print(f"{name}: done")


async def correct(name):
    print(f"{name}: async wait")
    await asyncio.sleep(1)
    print(f"{name}: done")


async def run(label, coro_fn, names):
    start = time.time()
    await asyncio.gather(*(coro_fn(n) for n in names))
    print(f"{label}: {time.time() - start:.2f} s\n")


asyncio.run(run("blocking", faulty, "AB"))
asyncio.run(run("non-blocking", correct, "CD"))
