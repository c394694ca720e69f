# Semaphore waiters that are cancelled do not consume a slot.
import asyncio


async def job(sem, name, log):
    try:
        async with sem:
            log.append(f"{name}+")
            await asyncio.sleep(0.3)
            log.append(f"{name}-")
    except asyncio.CancelledError:
        log.append(f"{name}x")


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    tasks = [asyncio.create_task(job(sem, n, log)) for n in "abcde"]
    await asyncio.sleep(0.1)
    tasks[2].cancel()
    tasks[3].cancel()
    await asyncio.gather(*tasks)
    print(log)
    print("value after:", sem._value, "locked:", sem.locked())


asyncio.run(main())
