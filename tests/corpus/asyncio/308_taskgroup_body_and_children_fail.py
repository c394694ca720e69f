# The body of `async with TaskGroup()` fails too: its error joins the
# children's in the group; except* sees all of them.
import asyncio


async def child(n, exc):
    try:
        await asyncio.sleep(n)
        raise exc
    except asyncio.CancelledError:
        print(f"child {n} cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(0, LookupError("child 0")))
            tg.create_task(child(5, KeyError("never")))
            raise ZeroDivisionError("body failed")
    except* LookupError as eg:
        print("lookup:", [repr(e) for e in eg.exceptions])
    except* ZeroDivisionError as eg:
        print("body:", [str(e) for e in eg.exceptions])
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main())
