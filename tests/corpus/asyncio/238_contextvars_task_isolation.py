# A task's ContextVar changes stay in that task; children inherit a copy.
import asyncio
import contextvars

depth = contextvars.ContextVar("depth", default=0)


async def nested(n):
    depth.set(depth.get() + 1)
    print(" " * n + f"level {n}: depth={depth.get()}")
    if n < 3:
        await asyncio.create_task(nested(n + 1))
    await asyncio.sleep(0.1)
    print(" " * n + f"back at level {n}: depth={depth.get()}")


async def main():
    await nested(0)
    print("main depth:", depth.get())


asyncio.run(main())
