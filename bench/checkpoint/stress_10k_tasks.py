# Checkpoint benchmark: 10,000 tasks, 100 steps each (about 1,000,000 loop
# handles), all alive for most of the run.
import asyncio

async def worker(i, box):
    for k in range(100):
        box[i % 100] += k
        await asyncio.sleep(0)
    return i

async def main():
    box = [0] * 100
    done = await asyncio.gather(*(worker(i, box) for i in range(10000)))
    print(sum(box), len(done))

asyncio.run(main())
