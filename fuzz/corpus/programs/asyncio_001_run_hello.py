# asyncio.run drives one coroutine to completion and returns its result.
import asyncio
import time


async def main():
    print("hello")
    start = time.time()
    await asyncio.sleep(1)
    print(f"world after {time.time() - start:.2f} s")
    return "main's result"


value = asyncio.run(main())
print("asyncio.run returned:", value)
