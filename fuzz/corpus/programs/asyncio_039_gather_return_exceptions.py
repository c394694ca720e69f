# return_exceptions=True: exceptions come back as results.
import asyncio


async def risky(n):
    await asyncio.sleep(0.5)
    if n % 2:
        raise ValueError(f"task {n} failed")
    return f"task {n} ok"


async def main():
    results = await asyncio.gather(*(risky(n) for n in range(5)),
                                   return_exceptions=True)
    for n, r in enumerate(results):
        kind = "error" if isinstance(r, Exception) else "value"
        print(n, kind, repr(r))


asyncio.run(main())
