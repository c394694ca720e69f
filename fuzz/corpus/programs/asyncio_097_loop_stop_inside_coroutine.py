# Stopping the loop from a task under run_forever: the task stays pending.
import asyncio

loop = asyncio.new_event_loop()


async def worker():
    for i in range(5):
        print("worker", i)
        if i == 2:
            loop.stop()
        await asyncio.sleep(1)


task = loop.create_task(worker())
loop.run_forever()
print("stopped; task done?", task.done(), "t =", loop.time())
loop.run_until_complete(task)
print("finished; t =", loop.time())
loop.close()
