# wait(timeout=...) never raises TimeoutError: unfinished tasks come back
# in the pending set.
import asyncio


async def worker(name, duration):
    await asyncio.sleep(duration)
    return f"{name} done"


async def main():
    tasks = [asyncio.create_task(worker(n, d), name=n)
             for n, d in (("A", 1.0), ("B", 2.0), ("C", 1.5), ("D", 0.8))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first round:", [t.result() for t in done], len(pending), "pending")
    done, pending = await asyncio.wait(pending, timeout=0.5)
    print("within 0.5 s:", sorted(t.result() for t in done))
    print("still pending:", sorted(t.get_name() for t in pending))
    for t in tasks:             # cancel in a fixed order, not set order
        if t in pending:
            t.cancel()
    await asyncio.sleep(0)
    print("B cancelled:", tasks[1].cancelled())


asyncio.run(main())
