# A Condition waiter cancelled by wait_for still re-acquires the lock.
import asyncio


async def main():
    cond = asyncio.Condition()
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), timeout=0.2)
        except asyncio.TimeoutError:
            print("timed out; lock held again:", cond.locked())
    print("after block:", cond.locked())

    ready = []

    async def waiter(i):
        async with cond:
            await cond.wait()
            ready.append(i)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ws[1].cancel()
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws, return_exceptions=True)
    print("woken:", ready, "cancelled:", ws[1].cancelled())


asyncio.run(main())
