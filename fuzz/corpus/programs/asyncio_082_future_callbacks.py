# add_done_callback / remove_done_callback; callbacks are run by the loop
# (call_soon), in registration order, one iteration after completion.
import asyncio
import functools


def announce(label, fut):
    print(f"{label}: future finished with {fut.result()!r}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    first = functools.partial(announce, "first")
    second = functools.partial(announce, "second")
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    fut.add_done_callback(first)
    print("removed:", fut.remove_done_callback(first))
    fut.set_result(99)
    print("set_result returned; callbacks not run yet")
    await asyncio.sleep(0)
    print("after one iteration")
    fut.add_done_callback(functools.partial(announce, "late"))
    await asyncio.sleep(0)


asyncio.run(main())
