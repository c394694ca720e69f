# Boil the kettle and listen to music at the same time.
import asyncio
import time


async def kettle():
    print("kettle on")
    await asyncio.sleep(3)
    print("kettle boiled")
    return "hot water"


async def music():
    print("music playing")
    await asyncio.sleep(2)
    print("song over")


async def main():
    start = time.time()
    k = asyncio.create_task(kettle())
    m = asyncio.create_task(music())
    water = await k
    await m
    print(f"tea made with {water} after {time.time() - start:.2f} s")


asyncio.run(main())
