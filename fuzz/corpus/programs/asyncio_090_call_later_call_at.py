# call_later(delay, ...) and call_at(when, ...) schedule timer callbacks.
import asyncio


def ring(loop, label):
    print(f"{loop.time():.2f}: {label}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(2, ring, loop, "call_later(2)")
    loop.call_at(loop.time() + 0.5, ring, loop, "call_at(now + 0.5)")
    h = loop.call_later(1, ring, loop, "cancelled timer")
    loop.call_later(1, ring, loop, "call_later(1)")
    print("when:", h.when(), "cancelled:", h.cancelled())
    h.cancel()
    print("cancelled:", h.cancelled())
    await asyncio.sleep(3)


asyncio.run(main())
