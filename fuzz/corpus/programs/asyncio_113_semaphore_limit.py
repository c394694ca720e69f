# A Semaphore(2) lets at most two workers in at a time.
import asyncio


async def main():
    sem = asyncio.Semaphore(2)

    async def worker(name, duration):
        async with sem:
            print(f"{asyncio.get_running_loop().time():.1f} {name} starts")
            await asyncio.sleep(duration)
            print(f"{asyncio.get_running_loop().time():.1f} {name} ends")

    await asyncio.gather(*(worker(f"worker{i}", 1) for i in range(1, 6)))


asyncio.run(main())
