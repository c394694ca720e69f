# Two producers, three consumers; one None sentinel per consumer ends them.
import asyncio

N_CONSUMERS = 3


async def producer(q, name, n):
    for i in range(n):
        await asyncio.sleep(0.1)
        await q.put(f"{name}{i}")
    print(f"producer {name} finished")


async def consumer(q, cid, out):
    while True:
        item = await q.get()
        if item is None:
            print(f"consumer {cid} stops")
            return cid
        await asyncio.sleep(0.25)
        out.append((cid, item))


async def main():
    q = asyncio.Queue(maxsize=3)
    out = []
    consumers = [asyncio.create_task(consumer(q, i, out)) for i in range(N_CONSUMERS)]
    await asyncio.gather(producer(q, "a", 4), producer(q, "b", 3))
    for _ in consumers:
        await q.put(None)
    print("consumers returned", await asyncio.gather(*consumers))
    print(out)
    print("t =", round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())
