# Tasks in a group may add more tasks to the same group.
import asyncio


async def crawl(tg, url, depth, seen):
    if url in seen or depth == 0:
        return
    seen.add(url)
    await asyncio.sleep(0.1)
    print(f"crawled {url} (depth {depth})")
    for link in (url + "/a", url + "/b"):
        tg.create_task(crawl(tg, link, depth - 1, seen))


async def main():
    seen = set()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crawl(tg, "site", 3, seen))
    print(len(seen), "pages at t =", asyncio.get_running_loop().time())


asyncio.run(main())
