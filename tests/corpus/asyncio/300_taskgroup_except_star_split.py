# Children of a TaskGroup fail with different errors; except* clauses each
# handle their kind.
import asyncio


async def fetch(name, delay, error=None):
    await asyncio.sleep(delay)
    if error is not None:
        raise error
    print(f"{name} fetched at {asyncio.get_running_loop().time()}")
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("a", 0.1))
            tg.create_task(fetch("b", 0.2, ValueError("bad payload from b")))
            tg.create_task(fetch("c", 0.2, ConnectionResetError("c reset the connection")))
            tg.create_task(fetch("d", 0.5))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* ConnectionError as eg:
        print("ConnectionErrors:", [type(e).__name__ for e in eg.exceptions])
    print("after the group at", asyncio.get_running_loop().time())


asyncio.run(main())
