# asyncio.run cancels a leftover task and waits for its cleanup.
import asyncio


async def background():
    try:
        while True:
            await asyncio.sleep(0.3)
            print("tick", asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print("background: cancelled at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.1)
        print("background: cleanup done")
        raise


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after run")
