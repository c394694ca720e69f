# hostile: `await` in a plain function nested in a coroutine
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: 'await' outside async function
# expect-stderr-has: ", line 11
# expect-stdout: 
import asyncio

async def main():
    def inner():
        await asyncio.sleep(0)
    inner()

asyncio.run(main())
