# as_completed yields awaitables in completion order (over tasks created in
# order, so ties keep creation order).
import asyncio


async def download(name, size_kb):
    await asyncio.sleep(size_kb / 1000)
    return f"{name} ({size_kb} KB)"


async def main():
    tasks = [asyncio.create_task(download(n, s)) for n, s in
             (("a.txt", 500), ("b.jpg", 1200), ("c.pdf", 800), ("d.mp4", 2000))]
    for next_done in asyncio.as_completed(tasks):
        result = await next_done
        print(f"[{asyncio.get_running_loop().time():.1f}s] {result}")


asyncio.run(main())
