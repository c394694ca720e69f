# wait_for on an existing task cancels that task when the time is up.
import asyncio


async def job():
    try:
        await asyncio.sleep(5)
        return "finished"
    except asyncio.CancelledError:
        print("job: cancelled by wait_for")
        raise


async def main():
    task = asyncio.create_task(job(), name="job")
    try:
        await asyncio.wait_for(task, timeout=1)
    except TimeoutError:
        print("timeout; task cancelled:", task.cancelled())


asyncio.run(main())
