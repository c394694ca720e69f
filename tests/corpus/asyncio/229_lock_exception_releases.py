# An exception inside `async with lock` releases it; release() unlocked raises.
import asyncio


async def risky(lock, i):
    async with lock:
        await asyncio.sleep(0.1)
        if i == 1:
            raise ValueError(f"job {i} failed")
        return i


async def main():
    lock = asyncio.Lock()
    res = await asyncio.gather(*(risky(lock, i) for i in range(3)), return_exceptions=True)
    print(res, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(repr(lock)[:22], "t =", round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())
