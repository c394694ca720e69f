# An exception escaping the main coroutine comes out of asyncio.run.
import asyncio


async def main():
    await asyncio.sleep(0.5)
    raise KeyError("missing-key")


try:
    asyncio.run(main())
except KeyError as e:
    print("caught outside the loop:", repr(e))
print("program continues")
