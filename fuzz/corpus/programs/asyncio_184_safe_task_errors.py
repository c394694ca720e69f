# Handling errors inside each task so that gather never fails.
import asyncio


async def safe_task(name):
    try:
        await asyncio.sleep(1)
        if name == "error":
            raise ValueError("simulated error")
        return f"{name} succeeded"
    except Exception as e:
        return f"{name} failed: {e}"


async def main():
    results = await asyncio.gather(safe_task("task1"), safe_task("error"),
                                   safe_task("task3"), return_exceptions=True)
    for r in results:
        print(r)


asyncio.run(main())
