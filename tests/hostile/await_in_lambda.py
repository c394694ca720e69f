# hostile: `await` in a lambda inside a coroutine
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: 'await' outside async function
# expect-stderr-has: ", line 10
# expect-stdout: 
import asyncio

async def main():
    f = lambda: await asyncio.sleep(0)
    return f

asyncio.run(main())
