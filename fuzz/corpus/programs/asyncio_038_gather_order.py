# gather returns results in argument order, whatever order they finish in.
import asyncio
import time


async def brew(drink, seconds):
    print(f"start {drink}")
    await asyncio.sleep(seconds)
    print(f"ready: {drink}")
    return f"{drink} is ready"


async def main():
    start = time.time()
    orders = await asyncio.gather(brew("cappuccino", 3), brew("latte", 2),
                                  brew("americano", 1))
    print(f"{time.time() - start:.2f} s:", orders)


asyncio.run(main())
