# Start-up benchmark: a small classroom script (two tasks, a sleep, a print),
# so the time measured is the engine's start and teardown, not the script.
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print("hello", name)


async def main():
    await asyncio.gather(greet("world", 0.1), greet("class", 0.2))


asyncio.run(main())
