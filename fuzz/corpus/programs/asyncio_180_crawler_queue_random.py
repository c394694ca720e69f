# A crawler: workers take URLs from a queue, "fetch" them with seeded random
# latency and enqueue the links they find.
import asyncio
import random

SITE = {"/": ["/a", "/b"], "/a": ["/c", "/"], "/b": ["/c", "/d"],
        "/c": ["/e"], "/d": [], "/e": ["/a"]}


async def worker(wid, queue, seen, order):
    while True:
        url = await queue.get()
        await asyncio.sleep(random.uniform(0.1, 0.5))
        order.append(url)
        print(f"worker {wid} crawled {url}")
        for link in SITE[url]:
            if link not in seen:
                seen.add(link)
                queue.put_nowait(link)
        queue.task_done()


async def main():
    random.seed(5)
    queue, seen, order = asyncio.Queue(), {"/"}, []
    queue.put_nowait("/")
    workers = [asyncio.create_task(worker(i, queue, seen, order)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    print("crawl order:", order)


asyncio.run(main())
