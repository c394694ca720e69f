# BoundedSemaphore refuses to be released more often than acquired.
import asyncio


async def main():
    plain = asyncio.Semaphore(1)
    plain.release()
    plain.release()
    print("plain semaphore released twice:", plain)
    bounded = asyncio.BoundedSemaphore(2)
    await bounded.acquire()
    print(bounded.locked(), bounded)
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
