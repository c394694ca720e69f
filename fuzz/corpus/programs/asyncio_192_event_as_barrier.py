# A barrier made from a counter and an Event: everyone waits for the last.
import asyncio


async def participant(name, delay, state):
    await asyncio.sleep(delay)
    state["arrived"] += 1
    print(f"{name} arrived ({state['arrived']}/{state['total']})")
    if state["arrived"] == state["total"]:
        state["event"].set()
    await state["event"].wait()
    print(f"{name} passes the barrier at {asyncio.get_running_loop().time()}")


async def main():
    state = {"arrived": 0, "total": 3, "event": asyncio.Event()}
    await asyncio.gather(participant("x", 0.5, state), participant("y", 1.5, state),
                         participant("z", 1.0, state))


asyncio.run(main())
