# hostile: an exception raised 30 coroutines deep inside a task
# reference: cpython
# expect-code: 1
# expect-stderr: RuntimeError: failed at depth, t=0.1
# expect-stdout: 
import asyncio

async def level(n):
    if n == 0:
        await asyncio.sleep(0.1)
        raise RuntimeError(f"failed at depth, t={asyncio.get_running_loop().time():.1f}")
    await level(n - 1)

async def main():
    task = asyncio.create_task(level(30))
    await asyncio.sleep(0)
    await task

asyncio.run(main())
