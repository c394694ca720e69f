# First gather propagates the first failure; the second collects them all.
import asyncio


async def risky(n):
    await asyncio.sleep(0.5)
    if n == 2:
        raise ValueError(f"operation {n} failed")
    return f"operation {n} ok"


async def main():
    print("--- default ---")
    try:
        await asyncio.gather(*[risky(i) for i in range(4)])
    except ValueError as e:
        print("caught:", e)
    print("--- return_exceptions=True ---")
    results = await asyncio.gather(*[risky(i) for i in range(4)],
                                   return_exceptions=True)
    for i, r in enumerate(results):
        print(i, "failed:" if isinstance(r, Exception) else "->", r)


asyncio.run(main())
