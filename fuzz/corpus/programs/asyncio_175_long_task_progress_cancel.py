# Long tasks report progress; the ones still running are cancelled and the
# results gathered with return_exceptions.
import asyncio


async def long_task(tid, duration):
    try:
        print(f"long task {tid} starts ({duration}s)")
        for i in range(int(duration * 10)):
            await asyncio.sleep(0.1)
            if i % 10 == 9:
                print(f"  task {tid}: {(i + 1) / 10:.1f}s done")
        return f"task {tid} result"
    except asyncio.CancelledError:
        print(f"long task {tid} cancelled")
        raise


async def main():
    tasks = [asyncio.create_task(long_task(1, 2.0)),
             asyncio.create_task(long_task(2, 3.0)),
             asyncio.create_task(long_task(3, 1.5))]
    await asyncio.sleep(2.2)
    for t in tasks:
        if not t.done():
            print("cancelling", t.get_name())
            t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for i, r in enumerate(results, 1):
        print(i, "cancelled" if isinstance(r, asyncio.CancelledError) else r)


asyncio.run(main())
