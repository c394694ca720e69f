# A shielded operation inside a timeout block: the timeout fires, the
# operation carries on and can be awaited afterwards.
import asyncio


async def commit():
    await asyncio.sleep(2)
    print("commit finished")
    return "committed"


async def main():
    task = asyncio.create_task(commit())
    try:
        async with asyncio.timeout(0.5):
            await asyncio.shield(task)
    except TimeoutError:
        print("timed out waiting; commit still running:", not task.done())
    print(await task)


asyncio.run(main())
