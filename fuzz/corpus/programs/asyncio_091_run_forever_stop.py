# run_forever runs until stop(); callbacks drive the work.
import asyncio

loop = asyncio.new_event_loop()
count = 0


def heartbeat():
    global count
    count += 1
    print(f"beat {count} at {loop.time()}")
    if count == 3:
        loop.stop()
    else:
        loop.call_later(0.5, heartbeat)


loop.call_soon(heartbeat)
print("running:", loop.is_running())
loop.run_forever()
print("stopped at", loop.time(), "running:", loop.is_running())
loop.call_soon(print, "a callback left over")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print("closed:", loop.is_closed())
