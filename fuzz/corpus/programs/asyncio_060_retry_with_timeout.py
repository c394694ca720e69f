# Retry an unreliable call, each attempt limited by wait_for.
import asyncio

attempt_delays = [3.0, 2.5, 0.4]


async def unreliable_call(attempt):
    await asyncio.sleep(attempt_delays[attempt])
    return f"response on attempt {attempt + 1}"


async def with_retries(max_attempts, timeout):
    for attempt in range(max_attempts):
        try:
            return await asyncio.wait_for(unreliable_call(attempt), timeout)
        except asyncio.TimeoutError:
            print(f"attempt {attempt + 1} timed out "
                  f"(t={asyncio.get_running_loop().time()})")
            await asyncio.sleep(0.5 * (attempt + 1))     # back off
    raise RuntimeError("all attempts failed")


async def main():
    print(await with_retries(3, 1.0))


asyncio.run(main())
