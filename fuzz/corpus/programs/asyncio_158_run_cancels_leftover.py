# When main returns, asyncio.run cancels the tasks still running and lets
# them handle the cancellation before closing the loop.
import asyncio


async def background():
    try:
        while True:
            await asyncio.sleep(1)
            print("background working")
    except asyncio.CancelledError:
        print("background: cancelled by asyncio.run, saving state")
        await asyncio.sleep(0.5)
        print("background: state saved")
        raise


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(2.5)
    print("main returns")


asyncio.run(main())
print("after asyncio.run")
