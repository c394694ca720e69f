# Several "cells" in one module with top-level await, like a notebook.
import asyncio
import time


def sync_task(name, seconds):
    print(f"sync {name} start")
    time.sleep(seconds)
    print(f"sync {name} end")


start = time.time()
sync_task("A", 1)
sync_task("B", 1)
print(f"sync total: {time.time() - start:.2f} s")


async def async_task(name, seconds):
    print(f"async {name} start")
    await asyncio.sleep(seconds)
    print(f"async {name} end")
    return name


start = time.time()
print(await asyncio.gather(async_task("A", 1), async_task("B", 1)))
print(f"async total: {time.time() - start:.2f} s")

coro = async_task("C", 0.5)
print(type(coro).__name__)
print(await coro)
