# Condition.wait_for(predicate) waits until the predicate becomes true.
import asyncio


async def main():
    cond = asyncio.Condition()
    items = []

    async def consumer():
        async with cond:
            await cond.wait_for(lambda: len(items) >= 3)
            print("consumer sees", items)

    async def producer():
        for i in range(5):
            await asyncio.sleep(0.2)
            async with cond:
                items.append(i)
                print("produced", i)
                cond.notify_all()

    await asyncio.gather(consumer(), producer())
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
