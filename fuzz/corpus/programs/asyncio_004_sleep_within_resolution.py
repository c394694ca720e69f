# Timers due within 1e-9 s of each other fire in the same iteration:
# 0.1 + 0.2 is not exactly 0.3, but the loop treats them as due together.
import asyncio


async def wake(label, delay):
    await asyncio.sleep(delay)
    loop = asyncio.get_running_loop()
    print(f"{label}: delay={delay!r} now={loop.time()!r}")


async def main():
    await asyncio.gather(wake("sum", 0.1 + 0.2), wake("literal", 0.3),
                         wake("later", 0.30001))


asyncio.run(main())
