# await outside an async function is a SyntaxError, even though the module
# body itself could await.
import asyncio


def not_async():
    await asyncio.sleep(1)


print("never printed")
