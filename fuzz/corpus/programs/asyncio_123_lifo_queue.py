# LifoQueue: last in, first out (a stack).
import asyncio


async def main():
    stack = asyncio.LifoQueue(maxsize=4)
    for page in ("home", "products", "cart", "checkout"):
        stack.put_nowait(page)
    print("full:", stack.full())
    while not stack.empty():
        print("back to", stack.get_nowait())
        stack.task_done()
    await stack.join()
    print("history empty")


asyncio.run(main())
