# hostile: 100,000 tasks gathered at once
# reference: cpython
# expect-code: 0
# expect-stdout: 100000 4999950000\n
import asyncio

async def work(i):
    await asyncio.sleep(i % 10 / 1000)
    return i

async def main():
    results = await asyncio.gather(*(work(i) for i in range(100_000)))
    print(len(results), sum(results))

asyncio.run(main())
