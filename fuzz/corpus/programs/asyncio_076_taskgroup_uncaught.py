# An ExceptionGroup from a TaskGroup that nobody catches: traceback, exit 1.
import asyncio


async def check(n):
    await asyncio.sleep(n / 10)
    if n == 2:
        raise ArithmeticError(f"check {n} failed")
    print(f"check {n} passed")


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 4):
            tg.create_task(check(n))


asyncio.run(main())
