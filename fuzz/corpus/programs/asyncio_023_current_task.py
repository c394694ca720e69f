# current_task() names the task whose step is running.
import asyncio


async def child(n):
    print(f"child {n} runs in", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    print(f"child {n} still in", asyncio.current_task().get_name())


async def main():
    print("main runs in", asyncio.current_task().get_name())
    t = asyncio.create_task(child(1))
    await child(2)              # awaited directly: runs inside main's task
    await t
    print(asyncio.current_task() is asyncio.current_task())
    return asyncio.current_task().get_name()


print(asyncio.run(main()))
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside a loop:", e)
