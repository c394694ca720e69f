# Condition.notify(n) wakes n waiters in FIFO order.
import asyncio


async def main():
    cond = asyncio.Condition()
    woken = []

    async def waiter(i):
        async with cond:
            await cond.wait()
            woken.append(i)
            print("woke", i, "at", asyncio.get_running_loop().time())

    ws = [asyncio.create_task(waiter(i)) for i in range(5)]
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(10)
    await asyncio.gather(*ws)
    print(woken)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
