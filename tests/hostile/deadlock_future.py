# hostile: a task awaiting a Future nobody completes
# reference: loopscope
# expect-code: 3
# expect-stderr-has: deadlock: no ready handle
# expect-stderr-has: waiting on Future
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    await fut

asyncio.run(main())
