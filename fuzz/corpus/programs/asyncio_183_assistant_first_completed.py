# An assistant runs several named jobs and reports each as soon as it is
# done, using repeated wait(FIRST_COMPLETED) so the finished task (and its
# name) is known.
import asyncio
import datetime


async def weather():
    await asyncio.sleep(1.5)
    return "sunny, 25 C"


async def reminder(seconds):
    await asyncio.sleep(seconds)
    return f"reminder at {datetime.datetime.now():%H:%M:%S}"


async def joke():
    await asyncio.sleep(1)
    return "there are 10 kinds of people..."


async def main():
    pending = {asyncio.create_task(weather(), name="weather"),
               asyncio.create_task(reminder(3), name="reminder"),
               asyncio.create_task(joke(), name="joke")}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            print(f"[{task.get_name()}] {task.result()}")
    print("all jobs finished")


asyncio.run(main())
