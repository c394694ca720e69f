# Ready-queue order: callbacks scheduled by a task run before that task's next step.
import asyncio


def note(msg):
    print("callback", msg)


async def worker(name):
    loop = asyncio.get_running_loop()
    for i in range(2):
        loop.call_soon(note, f"{name}{i}")
        print("step", name, i)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(worker("x"), worker("y"))


asyncio.run(main())
