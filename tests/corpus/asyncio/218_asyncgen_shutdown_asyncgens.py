# An async generator left suspended is closed by shutdown_asyncgens at the end of run().
import asyncio


async def ticker():
    try:
        i = 0
        while True:
            yield i
            i += 1
            await asyncio.sleep(0.1)
    finally:
        print("ticker closed in", asyncio.current_task().get_name())


gen = None


async def main():
    global gen
    gen = ticker()
    print(await gen.__anext__())
    print(await gen.__anext__())
    print("main done")


asyncio.run(main())
print("after run")
