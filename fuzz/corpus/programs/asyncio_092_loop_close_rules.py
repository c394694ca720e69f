# close() is idempotent; a closed loop refuses new work; a running loop
# cannot be closed.
import asyncio


async def try_close():
    loop = asyncio.get_running_loop()
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)


loop = asyncio.new_event_loop()
loop.run_until_complete(try_close())
loop.close()
loop.close()
print("closed twice without error:", loop.is_closed())
try:
    loop.call_soon(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
coro = try_close()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
