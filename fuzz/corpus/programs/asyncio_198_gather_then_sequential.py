# Mixing sequential and concurrent steps, measuring each phase.
import asyncio
import time


async def step(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    t0 = time.perf_counter()
    await step("login", 0.5)
    t1 = time.perf_counter()
    profile, feed, notes = await asyncio.gather(step("profile", 0.7),
                                                step("feed", 1.2),
                                                step("notes", 0.4))
    t2 = time.perf_counter()
    await step("render", 0.3)
    t3 = time.perf_counter()
    print(f"login {t1 - t0:.1f}s, parallel fetch {t2 - t1:.1f}s, "
          f"render {t3 - t2:.1f}s, total {t3 - t0:.1f}s")
    print(profile, feed, notes)


asyncio.run(main())
