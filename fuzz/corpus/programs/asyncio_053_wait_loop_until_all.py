# Handling tasks one by one with repeated FIRST_COMPLETED waits.
import asyncio


async def fetch(page, delay):
    await asyncio.sleep(delay)
    return f"page {page}"


async def main():
    pending = {asyncio.create_task(fetch(p, d))
               for p, d in ((1, 0.4), (2, 0.1), (3, 0.9), (4, 0.6))}
    while pending:
        done, pending = await asyncio.wait(pending,
                                           return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            print(f"{asyncio.get_running_loop().time():.1f}: {t.result()}",
                  f"({len(pending)} left)")


asyncio.run(main())
