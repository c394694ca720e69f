# Exercise: each request gets a timeout; slow ones are skipped.
import asyncio


async def request(name, delay):
    await asyncio.sleep(delay)
    return f"{name}: ok"


async def with_timeout(name, delay, limit):
    try:
        return await asyncio.wait_for(request(name, delay), limit)
    except asyncio.TimeoutError:
        return f"{name}: skipped (slower than {limit}s)"


async def main():
    jobs = {"fast": 0.2, "medium": 0.9, "slow": 3.0, "glacial": 10.0}
    results = await asyncio.gather(*(with_timeout(n, d, 1.0)
                                     for n, d in jobs.items()))
    print("\n".join(results))
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main())
