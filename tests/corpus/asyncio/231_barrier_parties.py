# asyncio.Barrier (3.11): parties wait until all have arrived.
import asyncio


async def runner(b, i):
    await asyncio.sleep(0.1 * i)
    print(f"runner {i} at barrier, waiting={b.n_waiting}")
    pos = await b.wait()
    print(f"runner {i} passes (position {pos}) at {round(asyncio.get_running_loop().time(), 6)}")


async def main():
    b = asyncio.Barrier(3)
    await asyncio.gather(*(runner(b, i) for i in range(3)))
    print("parties", b.parties, "broken", b.broken)


asyncio.run(main())
