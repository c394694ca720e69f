# Each asyncio.run makes a new loop, but the Task-N counter is per process:
# the first run's shutdown creates two more tasks (shutting down async
# generators and the default executor), so the next main task is Task-5
# (three numbers after the last one used).
import asyncio


async def main(label):
    helper = asyncio.create_task(asyncio.sleep(0.1))
    await helper
    print(label, asyncio.current_task().get_name(), helper.get_name())


asyncio.run(main("first run:"))
asyncio.run(main("second run:"))
asyncio.run(main("third run:"))
