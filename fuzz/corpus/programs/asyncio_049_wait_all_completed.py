# asyncio.wait returns two sets (done, pending); by default it waits for all.
# Sets have no useful order: sort before printing.
import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay)
    return f"worker {name} finished"


async def main():
    tasks = [asyncio.create_task(worker(f"W{i}", i), name=f"W{i}")
             for i in range(1, 4)]
    done, pending = await asyncio.wait(tasks)
    print(f"done: {len(done)}, pending: {len(pending)}")
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", t.result())
    print("at", asyncio.get_running_loop().time())


asyncio.run(main())
