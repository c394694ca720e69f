# result() and exception() of an unfinished task raise InvalidStateError.
import asyncio


async def slow():
    await asyncio.sleep(1)
    return "late"


async def main():
    t = asyncio.create_task(slow())
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print(f"{method.__name__}(): InvalidStateError: {e}")
    print(await t)
    print(t.exception())


asyncio.run(main())
