# Tasks run their first step in creation order.
import asyncio


async def job(n):
    print(f"job {n} step 1")
    await asyncio.sleep(0)
    print(f"job {n} step 2")
    return n * n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(4)]
    print("all created")
    results = [await t for t in tasks]
    print(results)


asyncio.run(main())
