# Semaphore(1) behaves like a Lock (but anyone may release it).
import asyncio


async def critical(sem, name, log):
    async with sem:
        log.append(f"{name} in")
        await asyncio.sleep(0.2)
        log.append(f"{name} out")


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await asyncio.gather(*(critical(sem, n, log) for n in "ABC"))
    print(log)
    print(sem)


asyncio.run(main())
