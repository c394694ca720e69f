# as_completed with a timeout: results until the deadline, then TimeoutError.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.3, 0.1, 0.9, 0.5)]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.6):
            got.append(await fut)
            print("got", got[-1], "at", asyncio.get_running_loop().time())
    except asyncio.TimeoutError:
        print("timed out after", got)
    print("still running:", [t.done() for t in tasks])
    print("late result:", await tasks[2])


asyncio.run(main())
