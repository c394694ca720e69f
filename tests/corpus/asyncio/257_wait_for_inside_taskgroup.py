# A child of a TaskGroup handles its own wait_for timeout; the group is fine.
import asyncio


async def fetch(name, d):
    try:
        return await asyncio.wait_for(asyncio.sleep(d, name), 0.3)
    except asyncio.TimeoutError:
        return f"{name}: timeout"


async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(fetch(n, d)) for n, d in (("a", 0.1), ("b", 0.5), ("c", 0.2))]
    print([t.result() for t in ts], round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())
