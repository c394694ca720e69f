# Top-level await, as in a Jupyter cell: the module body is the main task.
import asyncio
import time


async def brew(kind, seconds):
    print(f"brewing {kind}")
    await asyncio.sleep(seconds)
    return kind


start = time.time()
print("the module body runs in", asyncio.current_task().get_name())
result = await brew("tea", 2)
print(result, f"after {time.time() - start:.2f} s")
both = await asyncio.gather(brew("coffee", 1), brew("cocoa", 0.5))
print(both, f"after {time.time() - start:.2f} s")
