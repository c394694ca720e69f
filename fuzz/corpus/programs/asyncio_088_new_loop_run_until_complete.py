# The older way: make a loop, run_until_complete, close it.
import asyncio


async def main(n):
    await asyncio.sleep(1)
    print("main ran in", asyncio.current_task().get_name())
    return n * 2


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(main(21)))
print(loop.run_until_complete(main(5)), "at", loop.time())
loop.close()
print("closed:", loop.is_closed())
coro = main(1)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()                    # never started: close it to avoid a warning
