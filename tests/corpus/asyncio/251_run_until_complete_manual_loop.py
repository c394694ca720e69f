# A manually created loop: run_until_complete twice, tasks across runs, close.
import asyncio


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


loop = asyncio.new_event_loop()
print(loop.run_until_complete(add(1, 2)))
t = loop.create_task(add(3, 4))
print("task pending between runs:", not t.done())
print(loop.run_until_complete(asyncio.sleep(0.5, "slept")))
print("task done meanwhile:", t.done(), t.result())
print("time", loop.time())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(add(0, 0))
except RuntimeError as e:
    print("RuntimeError:", e)

loop2 = asyncio.SelectorEventLoop()


async def nested():
    c = add(5, 6)
    try:
        loop2.run_until_complete(c)         # the loop is running already
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    t = asyncio.create_task(add(0, 1))
    return t.get_name(), await t


print(loop2.run_until_complete(nested()))
loop2.close()
