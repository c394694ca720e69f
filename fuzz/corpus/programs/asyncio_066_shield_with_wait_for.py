# wait_for(shield(task)) times out without killing the task.
import asyncio


async def compute():
    await asyncio.sleep(3)
    return "computed"


async def main():
    task = asyncio.create_task(compute())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=1)
    except TimeoutError:
        print("gave up waiting at", asyncio.get_running_loop().time())
    print("task cancelled?", task.cancelled())
    print(await task, "at", asyncio.get_running_loop().time())


asyncio.run(main())
