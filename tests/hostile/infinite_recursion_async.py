# hostile: a coroutine awaiting itself without end
# reference: cpython
# expect-code: 1
# expect-stderr: RecursionError: maximum recursion depth exceeded
# expect-stdout: 
import asyncio

async def down(n):
    return await down(n + 1)

asyncio.run(down(0))
