# get_coro() returns the coroutine object the task drives.
import asyncio


async def fetch_page(url):
    await asyncio.sleep(0.2)
    return len(url)


async def main():
    t = asyncio.create_task(fetch_page("https://example.org"))
    coro = t.get_coro()
    print(coro.__qualname__, coro.cr_frame is not None, coro.cr_running)
    await asyncio.sleep(0)
    print("awaiting:", type(coro.cr_await).__name__)
    print(await t)
    print(coro.cr_frame)


asyncio.run(main())
