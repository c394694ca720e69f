# Nested TaskGroups give nested ExceptionGroups; except* matches the leaves
# wherever they are.
import asyncio


async def leaf(name, delay, exc=None):
    await asyncio.sleep(delay)
    if exc:
        raise exc
    return name


async def branch(label, specs):
    async with asyncio.TaskGroup() as tg:
        for name, delay, exc in specs:
            tg.create_task(leaf(f"{label}.{name}", delay, exc))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(branch("left", [("x", 0.1, ValueError("left x"))]))
            tg.create_task(branch("right", [("z", 0.1, TypeError("right z")), ("w", 0.1, ValueError("right w"))]))
    except* ValueError as eg:
        print("values:", repr(eg))
        for sub in eg.exceptions:
            print("  branch group:", sub.message, [str(e) for e in sub.exceptions])
    except* TypeError as eg:
        print("types:", repr(eg))
    print("done at", asyncio.get_running_loop().time())


asyncio.run(main())
