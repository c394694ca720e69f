# An Event as a starting gate: runners line up, then all start together.
import asyncio
import random


async def runner(name, gate, results):
    await gate.wait()
    t = random.uniform(9.5, 11.0)
    await asyncio.sleep(t)
    results.append((name, round(t, 2)))
    print(f"{name} finished in {t:.2f}s")


async def main():
    random.seed(2024)
    gate = asyncio.Event()
    results = []
    tasks = [asyncio.create_task(runner(n, gate, results))
             for n in ("Ann", "Bo", "Cy", "Di")]
    await asyncio.sleep(1)
    print("ready, set, go!")
    gate.set()
    await asyncio.gather(*tasks)
    print("podium:", [name for name, _ in results[:3]])


asyncio.run(main())
