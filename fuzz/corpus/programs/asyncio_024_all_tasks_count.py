# all_tasks() holds the unfinished tasks of the running loop (print len only:
# it is a set).
import asyncio


async def nap(d):
    await asyncio.sleep(d)


async def main():
    print("only main:", len(asyncio.all_tasks()))
    tasks = [asyncio.create_task(nap(d)) for d in (1, 2, 3)]
    print("after creating 3:", len(asyncio.all_tasks()))
    await tasks[0]
    print("after the first:", len(asyncio.all_tasks()))
    await asyncio.sleep(5)
    print("after all:", len(asyncio.all_tasks()))
    print(asyncio.current_task() in asyncio.all_tasks())


asyncio.run(main())
