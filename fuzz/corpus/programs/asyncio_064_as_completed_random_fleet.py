# Status reports from several ships with seeded random delays, handled in
# the order they arrive.
import asyncio
import random
import time


async def report(ship):
    delay = random.uniform(0.5, 3.0)
    print(f"-> {ship}: requesting report (delay {delay:.2f}s)")
    await asyncio.sleep(delay)
    status = random.choice(["all normal", "micrometeoroids", "engine check"])
    return f"{ship}: {status}"


async def main():
    ships = ["Enterprise", "Discovery", "Voyager", "Defiant"]
    start = time.time()
    tasks = [asyncio.create_task(report(s)) for s in ships]
    for fut in asyncio.as_completed(tasks):
        print("<-", await fut)
    print(f"synchronised in {time.time() - start:.2f} s")


asyncio.run(main())
