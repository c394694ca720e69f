# TaskGroup: results after the block; create_task after exit is an error.
import asyncio


async def square(x):
    await asyncio.sleep(0.1 * x)
    return x * x


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(i), name=f"sq{i}") for i in range(1, 4)]
        print("inside:", [t.get_name() for t in tasks])
    print("results:", [t.result() for t in tasks])
    print("t =", asyncio.get_running_loop().time())
    try:
        tg.create_task(square(1))
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" is ")[-1])


asyncio.run(main())
