# hostile: `async with` in a plain function
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: 'async with' outside async function
# expect-stderr-has: ", line 10
# expect-stdout: 
import asyncio

def f(lock):
    async with lock:
        pass
