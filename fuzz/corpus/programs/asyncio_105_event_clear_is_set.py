# Event.is_set / clear; wait() on a set event returns immediately.
import asyncio


async def main():
    ev = asyncio.Event()
    print(ev.is_set(), ev)
    ev.set()
    print(ev.is_set(), ev)
    print("wait on set event:", await ev.wait())
    ev.clear()
    print("after clear:", ev.is_set())
    asyncio.get_running_loop().call_later(1, ev.set)
    print("wait again:", await ev.wait(), "at", asyncio.get_running_loop().time())


asyncio.run(main())
