# A task that never awaits starves the others until it finishes.
import asyncio


async def greedy():
    total = 0
    for i in range(200_000):
        total += i
    print("greedy finished:", total)


async def polite(name):
    for i in range(2):
        print(f"{name} turn {i}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(polite("p1"), greedy(), polite("p2"))


asyncio.run(main())
