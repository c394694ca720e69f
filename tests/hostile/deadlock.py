# hostile: a task acquiring a Lock it holds
# reference: loopscope
# expect-code: 3
# expect-stderr-has: deadlock: no ready handle
# expect-stderr-has: Task-1 (main) at deadlock.py:
import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    await lock.acquire()

asyncio.run(main())
