# timeout_at takes an absolute loop time.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(2)
    deadline = loop.time() + 1
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when:", cm.when())
            for i in range(5):
                await asyncio.sleep(0.3)
                print("tick", i, round(loop.time(), 2))
    except TimeoutError:
        print("deadline", deadline, "reached; now", loop.time())


asyncio.run(main())
