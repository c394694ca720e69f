# wait_for(event.wait(), timeout) to bound the waiting time.
import asyncio


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), timeout=1)
    except asyncio.TimeoutError:
        print("no signal within 1 s")
    asyncio.get_running_loop().call_later(0.5, ev.set)
    await asyncio.wait_for(ev.wait(), timeout=1)
    print("signalled at", asyncio.get_running_loop().time())


asyncio.run(main())
