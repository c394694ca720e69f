# run_until_complete re-raises the coroutine's exception; the loop remains
# usable afterwards.
import asyncio


async def failing():
    await asyncio.sleep(0.3)
    raise ConnectionResetError("peer went away")


async def fine():
    await asyncio.sleep(0.2)
    return "fine"


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(failing())
except ConnectionResetError as e:
    print("caught:", e, "at", loop.time())
print(loop.run_until_complete(fine()), "at", loop.time())
loop.close()
