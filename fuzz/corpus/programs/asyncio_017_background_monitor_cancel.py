# A background task runs while main works, then main cancels it.
import asyncio


async def monitor():
    seconds = 0
    try:
        while True:
            await asyncio.sleep(1)
            seconds += 1
            print(f"monitor: up for {seconds} s")
    except asyncio.CancelledError:
        print("monitor: cancelled, cleaning up")
        raise


async def main():
    task = asyncio.create_task(monitor())
    print("main: working")
    await asyncio.sleep(3.5)
    print("main: done, stopping monitor")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: monitor stopped; cancelled() =", task.cancelled())


asyncio.run(main())
