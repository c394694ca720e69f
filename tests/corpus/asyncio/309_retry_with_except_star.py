# A retry loop around a TaskGroup: transient errors retried, others end
# the loop.
import asyncio

attempts = {}


async def flaky(name, fail_times):
    attempts[name] = attempts.get(name, 0) + 1
    await asyncio.sleep(0.1)
    if attempts[name] <= fail_times:
        raise ConnectionResetError(f"{name} attempt {attempts[name]}")
    return f"{name} ok after {attempts[name]}"


async def main():
    for round_no in range(1, 5):
        print("round", round_no, "at", asyncio.get_running_loop().time())
        retry = False
        try:
            async with asyncio.TaskGroup() as tg:
                tasks = [tg.create_task(flaky("x", 1)), tg.create_task(flaky("y", 2))]
        except* ConnectionResetError as eg:
            print("  transient:", sorted(str(e) for e in eg.exceptions))
            retry = True
        if retry:
            await asyncio.sleep(0.5)
            continue
        print("  results:", [t.result() for t in tasks])
        break
    print("attempts:", attempts)


asyncio.run(main())
