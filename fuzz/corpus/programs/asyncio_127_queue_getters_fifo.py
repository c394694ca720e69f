# Several consumers blocked in get(): items go to them in waiting order.
import asyncio


async def consumer(q, name):
    item = await q.get()
    print(f"{name} received {item}")


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(3)]
    await asyncio.sleep(0.1)
    for item in ("x", "y", "z"):
        q.put_nowait(item)
        print("put", item)
    await asyncio.gather(*tasks)


asyncio.run(main())
