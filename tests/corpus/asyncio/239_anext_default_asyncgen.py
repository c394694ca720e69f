# anext() with and without a default on async generators and iterators.
import asyncio


async def letters():
    for ch in "ab":
        await asyncio.sleep(0.1)
        yield ch


async def main():
    g = letters()
    print(await anext(g))
    print(await anext(g, "?"))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    it = aiter(letters())
    print([x async for x in it])
    try:
        anext([1, 2])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
