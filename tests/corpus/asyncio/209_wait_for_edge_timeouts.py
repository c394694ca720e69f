# wait_for with timeout 0, a negative timeout and an already finished task.
import asyncio


async def quick():
    return "quick"


async def slow():
    await asyncio.sleep(1)
    return "slow"


async def main():
    for timeout in (0, -1):
        try:
            print(await asyncio.wait_for(slow(), timeout))
        except asyncio.TimeoutError:
            print(f"timeout={timeout}: TimeoutError")
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("done task:", await asyncio.wait_for(t, 0))
    print("coroutine with zero timeout:", await asyncio.wait_for(quick(), 0) if False else "skipped")
    print(await asyncio.wait_for(slow(), None))
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main())
