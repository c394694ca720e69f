# Event: many waiters, one set() wakes them all (in waiting order).
import asyncio


async def waiter(event, name):
    print(f"{name} waiting")
    await event.wait()
    print(f"{name} got the signal")


async def setter(event):
    await asyncio.sleep(2)
    print("setting the event")
    event.set()


async def main():
    event = asyncio.Event()
    await asyncio.gather(waiter(event, "w1"), waiter(event, "w2"),
                         setter(event), waiter(event, "w3"))
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main())
