# Producers and consumers sharing a bounded list through a Condition.
import asyncio


async def main():
    cond = asyncio.Condition()
    buffer = []
    limit = 2

    async def producer(pid, count):
        for i in range(count):
            async with cond:
                while len(buffer) >= limit:
                    print(f"  producer {pid} waits for space")
                    await cond.wait()
                buffer.append(f"P{pid}-{i}")
                print(f"producer {pid} put P{pid}-{i} (size {len(buffer)})")
                cond.notify_all()
            await asyncio.sleep(0.1)

    async def consumer(cid, count):
        for _ in range(count):
            async with cond:
                while not buffer:
                    print(f"  consumer {cid} waits for items")
                    await cond.wait()
                item = buffer.pop(0)
                print(f"consumer {cid} took {item} (size {len(buffer)})")
                cond.notify_all()
            await asyncio.sleep(0.25)

    await asyncio.gather(producer(1, 3), producer(2, 3),
                         consumer(1, 3), consumer(2, 3))
    print("left:", buffer)


asyncio.run(main())
