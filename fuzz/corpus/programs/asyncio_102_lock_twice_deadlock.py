# asyncio.Lock is not reentrant: acquiring it twice in one task waits
# forever (the run stops with a deadlock report, exit code 3).
import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        print("got the lock once")
        async with lock:
            print("never printed")


asyncio.run(main())
