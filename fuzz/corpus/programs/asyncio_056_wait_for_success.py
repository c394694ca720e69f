# wait_for returns the result when the operation beats the timeout.
import asyncio


async def lookup(key):
    await asyncio.sleep(0.4)
    return {"a": 1, "b": 2}.get(key, 0)


async def main():
    print(await asyncio.wait_for(lookup("b"), timeout=1))
    print(await asyncio.wait_for(lookup("z"), 0.5))
    print("time:", asyncio.get_running_loop().time())


asyncio.run(main())
