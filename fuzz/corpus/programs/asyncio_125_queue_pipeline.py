# A three-stage pipeline: download -> parse -> store, linked by queues.
import asyncio


async def downloader(urls, out):
    for url in urls:
        await asyncio.sleep(0.3)
        print(f"downloaded {url}")
        await out.put(f"<html>{url}</html>")
    await out.put(None)


async def parser(inp, out):
    while (page := await inp.get()) is not None:
        await asyncio.sleep(0.1)
        await out.put(page[6:-7].upper())
    await out.put(None)


async def store(inp, db):
    while (record := await inp.get()) is not None:
        db.append(record)
        print(f"stored {record}")


async def main():
    q1, q2, db = asyncio.Queue(), asyncio.Queue(maxsize=1), []
    await asyncio.gather(downloader(["a.com", "b.org", "c.net"], q1),
                         parser(q1, q2), store(q2, db))
    print(db, asyncio.get_running_loop().time())


asyncio.run(main())
