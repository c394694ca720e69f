# The classic lock-ordering deadlock between two tasks.
import asyncio


async def transfer(name, first, second):
    async with first:
        print(f"{name} holds its first lock")
        await asyncio.sleep(0.1)
        async with second:
            print(f"{name} never gets here")


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(transfer("t1", a, b), transfer("t2", b, a))


asyncio.run(main())
