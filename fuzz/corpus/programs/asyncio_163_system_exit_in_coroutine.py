# sys.exit inside a coroutine leaves asyncio.run and sets the exit code.
import asyncio
import sys


async def main():
    print("checking configuration")
    await asyncio.sleep(0.1)
    print("configuration invalid, exiting with status 7")
    sys.exit(7)


try:
    asyncio.run(main())
finally:
    print("finally block at top level runs")
