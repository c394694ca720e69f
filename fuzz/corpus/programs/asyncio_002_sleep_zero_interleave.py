# sleep(0) is a bare yield: the task steps aside for exactly one iteration.
import asyncio


async def ticker(name, count):
    for i in range(count):
        print(f"{name} {i}")
        await asyncio.sleep(0)
    print(f"{name} finished")


async def main():
    a = asyncio.create_task(ticker("A", 3))
    b = asyncio.create_task(ticker("B", 2))
    await a
    await b
    print("both done")


asyncio.run(main())
