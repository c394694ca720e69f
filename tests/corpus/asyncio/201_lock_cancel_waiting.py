# Cancelling a task that waits for a Lock: the lock passes to the next waiter.
import asyncio

lock = asyncio.Lock()


async def worker(name, hold):
    print(f"{name} wants the lock (locked={lock.locked()})")
    try:
        async with lock:
            print(f"{name} got it at {asyncio.get_running_loop().time()}")
            await asyncio.sleep(hold)
    except asyncio.CancelledError:
        print(f"{name} cancelled while waiting")
        raise


async def main():
    a = asyncio.create_task(worker("a", 1))
    b = asyncio.create_task(worker("b", 1))
    c = asyncio.create_task(worker("c", 1))
    await asyncio.sleep(0.5)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("states:", a.done(), b.cancelled(), c.done(), lock.locked())


asyncio.run(main())
