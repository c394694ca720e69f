# FIRST_EXCEPTION: return when any task raises (or all finish).
import asyncio


async def job(n, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"job {n} lost its connection")
    return n


async def main():
    tasks = [asyncio.create_task(job(1, 1)), asyncio.create_task(job(2, 2, True)),
             asyncio.create_task(job(3, 3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("returned at", asyncio.get_running_loop().time())
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", [t.get_name() for t in pending])
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "->", repr(t.exception()) if t.exception() else t.result())
    # no exception left: the remaining one completes normally
    print(await tasks[2])


asyncio.run(main())
