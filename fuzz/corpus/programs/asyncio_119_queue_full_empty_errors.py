# put_nowait on a full queue and get_nowait on an empty one raise.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("only")
    try:
        q.put_nowait("extra")
    except asyncio.QueueFull:
        print("QueueFull raised", repr(asyncio.QueueFull()))
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
