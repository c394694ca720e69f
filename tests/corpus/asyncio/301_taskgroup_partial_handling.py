# except* handles part of a TaskGroup's failures; the rest reaches the
# caller, which sees a smaller ExceptionGroup.
import asyncio


async def job(n):
    await asyncio.sleep(0.1)
    if n % 2:
        raise KeyError(f"job {n}")
    raise TimeoutError(f"job {n} too slow")


async def run_jobs():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 5):
                tg.create_task(job(n))
    except* TimeoutError as eg:
        print("timeouts handled:", sorted(str(e) for e in eg.exceptions))


async def main():
    try:
        await run_jobs()
    except ExceptionGroup as eg:
        print("caller got:", eg.message, sorted(repr(e) for e in eg.exceptions))


asyncio.run(main())
