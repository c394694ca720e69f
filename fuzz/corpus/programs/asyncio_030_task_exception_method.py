# A failed task stores its exception: exception() returns it, result()
# raises it, awaiting it raises it.
import asyncio


async def divide(a, b):
    await asyncio.sleep(0.1)
    return a / b


async def main():
    ok = asyncio.create_task(divide(1, 4))
    bad = asyncio.create_task(divide(1, 0))
    await asyncio.sleep(1)
    print(ok.done(), ok.result(), ok.exception())
    print(bad.done(), repr(bad.exception()))
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("result() raised", type(e).__name__, e)
    try:
        await bad
    except ZeroDivisionError as e:
        print("await raised", e)


asyncio.run(main())
