# run_forever with callbacks that reschedule themselves and stop the loop.
import asyncio

loop = asyncio.new_event_loop()
count = 0


def tick():
    global count
    count += 1
    print("tick", count, "at", round(loop.time(), 6))
    if count < 4:
        loop.call_later(0.25, tick)
    else:
        loop.call_soon(loop.stop)


loop.call_soon(tick)
loop.run_forever()
print("stopped, running =", loop.is_running())
loop.close()
