# Lock waiters are served in arrival order.
import asyncio


async def user(lock, n):
    print(f"user {n} waiting (locked={lock.locked()})")
    async with lock:
        print(f"user {n} holds the lock")
        await asyncio.sleep(0.5)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(user(lock, n) for n in range(4)))
    print("lock free:", not lock.locked(), "t =", asyncio.get_running_loop().time())


asyncio.run(main())
