# Forgetting await: you get a coroutine object, not a result, and CPython
# warns "coroutine ... was never awaited" on stderr.
import asyncio


async def fetch_data():
    await asyncio.sleep(0.5)
    return "data"


async def bad_usage():
    result = fetch_data()            # missing await
    print(f"result type: {type(result).__name__}")


async def good_usage():
    result = await fetch_data()
    print(f"result: {result}")


async def main():
    await bad_usage()
    await good_usage()


asyncio.run(main())
