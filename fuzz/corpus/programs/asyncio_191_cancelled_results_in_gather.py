# Cancelled children show up as CancelledError instances with
# return_exceptions=True, and the gather itself completes normally.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 3)]
    await asyncio.sleep(1.5)
    tasks[1].cancel("too slow")
    tasks[2].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for r in results:
        print(type(r).__name__, r.args if isinstance(r, BaseException) else r)


asyncio.run(main())
