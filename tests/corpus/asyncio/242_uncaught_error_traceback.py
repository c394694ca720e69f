# An uncaught exception in the main coroutine ends the run with a traceback.
import asyncio


async def parse(text):
    await asyncio.sleep(0.1)
    return int(text)


async def main():
    print(await parse("12"))
    print(await parse("twelve"))


asyncio.run(main())
