# A first look: two kitchens cook at the same time on one event loop.
# Step through it and watch the timer heap and the ready queue.
import asyncio
import time


async def cook(dish, minutes):
    print(f"{dish}: start ({minutes} min)")
    await asyncio.sleep(minutes)
    print(f"{dish}: ready")
    return dish


async def main():
    started = time.perf_counter()
    done = await asyncio.gather(cook("rice", 3), cook("soup", 2))
    print("served:", ", ".join(done))
    print(f"took {time.perf_counter() - started:.1f} virtual minutes, not 5")


asyncio.run(main())
