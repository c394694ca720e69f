# An exception inside a child task reaches whoever awaits the task.
import asyncio


async def parse(text):
    await asyncio.sleep(0.2)
    return int(text)


async def main():
    good = asyncio.create_task(parse("12"))
    bad = asyncio.create_task(parse("twelve"))
    print(await good)
    try:
        print(await bad)
    except ValueError as e:
        print("child failed:", e)


asyncio.run(main())
