# wait_for gives up after the timeout and raises TimeoutError.
import asyncio


async def slow_operation():
    await asyncio.sleep(3)
    return "finished"


async def main():
    try:
        result = await asyncio.wait_for(slow_operation(), timeout=1.0)
        print("result:", result)
    except asyncio.TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
