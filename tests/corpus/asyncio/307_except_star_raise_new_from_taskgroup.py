# An except* clause turns a TaskGroup failure into another error; the
# caller gets it together with the unhandled rest.
import asyncio


class ServiceUnavailable(Exception):
    pass


async def step(n):
    await asyncio.sleep(0.1)
    if n == 1:
        raise ConnectionResetError("reset")
    if n == 2:
        raise ValueError("bad data")
    return n


async def pipeline():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(step(n))
    except* ConnectionError as eg:
        raise ServiceUnavailable("network down") from eg.exceptions[0]


async def main():
    try:
        await pipeline()
    except ExceptionGroup as eg:
        print("got:", repr(eg))
        for e in eg.exceptions:
            print("  ", type(e).__name__, repr(e.__cause__))


asyncio.run(main())
