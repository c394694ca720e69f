# A coroutine called but never awaited: the program still runs; CPython warns on stderr.
import asyncio


async def send_email(to):
    await asyncio.sleep(0.1)
    print("sent to", to)


async def main():
    send_email("alice")          # forgot await
    await send_email("bob")
    c = send_email("carol")
    print(type(c).__name__, asyncio.iscoroutine(c))
    c.close()
    print("main done at", asyncio.get_running_loop().time())


asyncio.run(main())
