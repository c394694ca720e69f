# aclose() throws GeneratorExit into a suspended async generator: its
# finally block runs (and may await).
import asyncio


async def stream(name):
    try:
        n = 0
        while True:
            await asyncio.sleep(0.2)
            n += 1
            yield f"{name}#{n}"
    finally:
        print(f"{name}: closing stream")
        await asyncio.sleep(0.1)
        print(f"{name}: stream closed")


async def main():
    s = stream("sensor")
    print(await anext(s))
    print(await anext(s))
    await s.aclose()
    print("after aclose at", asyncio.get_running_loop().time())
    try:
        await anext(s)
    except StopAsyncIteration:
        print("a closed generator is exhausted")


asyncio.run(main())
