# Nested TaskGroups: the inner group finishes before the outer body goes on.
import asyncio


async def step(name, d):
    await asyncio.sleep(d)
    print(name, "done at", round(asyncio.get_running_loop().time(), 6))
    return name


async def main():
    async with asyncio.TaskGroup() as outer:
        a = outer.create_task(step("outer-a", 0.5))
        async with asyncio.TaskGroup() as inner:
            b = inner.create_task(step("inner-b", 0.2))
            c = inner.create_task(step("inner-c", 0.1))
        print("inner group exited", b.result(), c.result())
        d = outer.create_task(step("outer-d", 0.1))
    print("outer group exited", a.result(), d.result())


asyncio.run(main())
