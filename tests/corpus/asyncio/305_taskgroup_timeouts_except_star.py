# asyncio.timeout inside the children: TimeoutErrors collected by the group
# and handled by except* TimeoutError (an OSError subclass).
import asyncio


async def call_service(name, duration, limit):
    async with asyncio.timeout(limit):
        await asyncio.sleep(duration)
    return name


async def main():
    loop = asyncio.get_running_loop()
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks.append(tg.create_task(call_service("fast", 0.1, 1)))
            tasks.append(tg.create_task(call_service("slow", 2, 0.5)))
            tasks.append(tg.create_task(call_service("slower", 3, 0.5)))
    except* TimeoutError as eg:
        print("timed out:", len(eg.exceptions), [type(e).__name__ for e in eg.exceptions],
              isinstance(eg.exceptions[0], OSError))
    print([t.result() if t.done() and not t.cancelled() and t.exception() is None else "x" for t in tasks])
    print("at", loop.time())


asyncio.run(main())
