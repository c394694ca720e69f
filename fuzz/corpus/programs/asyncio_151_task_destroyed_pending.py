# A loop closed while a task still waits: "Task was destroyed but it is
# pending!" is logged when the task is destroyed.
import asyncio


async def forever():
    await asyncio.Event().wait()


async def short():
    await asyncio.sleep(0.5)
    return "short done"


loop = asyncio.new_event_loop()
pending = loop.create_task(forever())
print(loop.run_until_complete(short()))
print("closing with a pending task:", pending.done())
loop.close()
del pending
print("end of script")
