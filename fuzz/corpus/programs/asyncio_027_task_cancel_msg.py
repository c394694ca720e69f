# cancel(msg): the message travels with the CancelledError.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("worker sees:", repr(e), e.args)
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("cancel() returned", t.cancel("shutting down"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees:", e.args)
    print("cancelled:", t.cancelled(), "done:", t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)


asyncio.run(main())
