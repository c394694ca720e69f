# hostile: a task spinning forever inside asyncio.gather
# reference: loopscope
# args: --max-instructions 20000000
# expect-code: 4
# expect-stderr: instruction limit exceeded: more than 20000000 VM instructions
import asyncio

async def spin():
    n = 0
    while True:
        n += 1

async def main():
    await asyncio.gather(spin(), asyncio.sleep(1))

asyncio.run(main())
