# all_tasks() shrinks as tasks finish; the main task is always in it.
import asyncio


async def napper(d):
    await asyncio.sleep(d)


async def main():
    me = asyncio.current_task()
    tasks = [asyncio.create_task(napper(d)) for d in (0.1, 0.2, 0.3)]
    for _ in range(4):
        others = asyncio.all_tasks() - {me}
        print(len(asyncio.all_tasks()), me in asyncio.all_tasks(),
              sorted(t.get_name() for t in others))
        await asyncio.sleep(0.1)
    await asyncio.gather(*tasks)


asyncio.run(main())
