# The running loop, as seen from inside a coroutine.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop)
    print("running:", loop.is_running(), "closed:", loop.is_closed())
    print("same as get_event_loop():", asyncio.get_event_loop() is loop)
    print(type(loop).__name__)
    return loop


loop = asyncio.run(main())
print(loop)
print("after run -> running:", loop.is_running(), "closed:", loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
