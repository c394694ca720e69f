# acquire/release by hand and locked().
import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    await sem.acquire()
    print("one taken, locked:", sem.locked())
    await sem.acquire()
    print("two taken, locked:", sem.locked())

    async def late_comer():
        print("late comer waits")
        await sem.acquire()
        print("late comer got in at", asyncio.get_running_loop().time())
        sem.release()

    t = asyncio.create_task(late_comer())
    await asyncio.sleep(1)
    sem.release()
    await t
    sem.release()
    print("locked at the end:", sem.locked())


asyncio.run(main())
