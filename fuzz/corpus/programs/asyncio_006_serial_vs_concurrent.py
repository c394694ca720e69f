# Awaiting one after another adds the waits; gather overlaps them.
import asyncio
import time


async def fetch(source, delay):
    print(f"start {source}")
    await asyncio.sleep(delay)
    print(f"got {source}")
    return f"data from {source}"


async def main():
    start = time.perf_counter()
    a = await fetch("db", 1)
    b = await fetch("api", 0.8)
    c = await fetch("cache", 0.3)
    serial = time.perf_counter() - start
    print(f"serial: {serial:.2f} s", [a, b, c])

    start = time.perf_counter()
    results = await asyncio.gather(fetch("db", 1), fetch("api", 0.8),
                                   fetch("cache", 0.3))
    parallel = time.perf_counter() - start
    print(f"concurrent: {parallel:.2f} s", results)
    print(f"speed-up: {serial / parallel:.2f}x")


asyncio.run(main())
