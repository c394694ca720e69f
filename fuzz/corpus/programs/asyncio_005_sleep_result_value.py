# asyncio.sleep(delay, result) returns result after the delay.
import asyncio


async def main():
    value = await asyncio.sleep(0.5, result="slept well")
    print(value)
    nothing = await asyncio.sleep(0)
    print("sleep(0) returns", nothing)
    neg = await asyncio.sleep(-3, result="negative delays do not wait")
    print(neg, asyncio.get_running_loop().time())


asyncio.run(main())
