# wait(FIRST_EXCEPTION) when nothing fails behaves like ALL_COMPLETED.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.2, 0.1, 0.3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), len(pending), asyncio.get_running_loop().time())
    tasks = [asyncio.create_task(job(d)) for d in (0.2, 0.1)]
    done, pending = await asyncio.wait(tasks, timeout=0.15)
    print(len(done), len(pending), [t.done() for t in tasks])
    await asyncio.wait(pending)
    print("t =", round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())
