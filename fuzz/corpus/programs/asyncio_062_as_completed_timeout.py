# as_completed(timeout=...) raises TimeoutError for what is not done in time.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 3, 2)]
    try:
        for fut in asyncio.as_completed(tasks, timeout=2.5):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("timeout at", asyncio.get_running_loop().time())
    print([t.done() for t in tasks])
    await asyncio.gather(*tasks)


asyncio.run(main())
