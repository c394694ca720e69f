# acquire()/release() by hand; releasing an unlocked lock is an error.
import asyncio


async def main():
    lock = asyncio.Lock()
    print(lock)
    print(await lock.acquire(), lock.locked())
    print(lock)
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, "-", "a plain `with` does not work")


asyncio.run(main())
