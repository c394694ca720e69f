# Semaphore.release beyond the initial value is allowed; BoundedSemaphore refuses.
import asyncio


async def main():
    s = asyncio.Semaphore(1)
    s.release()
    print("semaphore value", s._value, s.locked())
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
