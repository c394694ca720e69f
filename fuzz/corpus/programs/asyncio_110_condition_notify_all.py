# notify_all broadcasts a change of shared state to every waiter.
import asyncio


async def reader(cond, state, name):
    async with cond:
        while state["version"] == 0:
            await cond.wait()
        print(f"{name} reads version {state['version']}")


async def writer(cond, state):
    await asyncio.sleep(0.5)
    async with cond:
        state["version"] = 1
        print("writer published version 1")
        cond.notify_all()


async def main():
    cond = asyncio.Condition()
    state = {"version": 0}
    await asyncio.gather(reader(cond, state, "r1"), reader(cond, state, "r2"),
                         writer(cond, state), reader(cond, state, "r3"))


asyncio.run(main())
