# Equal deadlines leave the timer heap in heapq order, not in FIFO order:
# sleeps of 1, 1, 0.5, 1, 1, 1 wake up as sleeper 3, 1, 6, 5, 2, 4.
import asyncio


async def sleeper(n, delay):
    await asyncio.sleep(delay)
    print(f"sleeper {n} woke after {delay}")


async def main():
    delays = [1, 1, 0.5, 1, 1, 1]
    await asyncio.gather(*(sleeper(i + 1, d) for i, d in enumerate(delays)))


asyncio.run(main())
