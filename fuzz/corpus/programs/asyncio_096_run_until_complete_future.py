# run_until_complete also accepts a plain future.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)    # gather() outside a loop uses this one
fut = loop.create_future()
loop.call_later(1.5, fut.set_result, "resolved by a timer")
print(loop.run_until_complete(fut))
print("time:", loop.time())


async def tick():
    await asyncio.sleep(0.5)
    return "tick"

print(loop.run_until_complete(asyncio.gather(tick(), tick())))
loop.close()
