# The same read-await-write without a lock loses updates.
import asyncio

counter = 0


async def unsafe_increment():
    global counter
    value = counter
    await asyncio.sleep(0)          # another task runs here
    counter = value + 1


async def main():
    await asyncio.gather(*(unsafe_increment() for _ in range(10)))
    print("expected 10, got", counter)


asyncio.run(main())
