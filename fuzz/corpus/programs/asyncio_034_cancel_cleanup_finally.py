# finally blocks run on cancellation, and may await (cleanup takes time).
import asyncio


async def download(name):
    print(f"{name}: start")
    try:
        await asyncio.sleep(10)
    finally:
        print(f"{name}: closing connection")
        await asyncio.sleep(0.5)
        print(f"{name}: connection closed")


async def main():
    t = asyncio.create_task(download("big.iso"))
    await asyncio.sleep(2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: cancelled at", asyncio.get_running_loop().time())


asyncio.run(main())
