# hostile: `await` in a plain function
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: 'await' outside async function
# expect-stderr-has: ", line 10
# expect-stdout: 
import asyncio

def f():
    await asyncio.sleep(0)
