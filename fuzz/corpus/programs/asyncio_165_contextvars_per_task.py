# Each task runs in a copy of the context it was created in.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


async def log(msg):
    await asyncio.sleep(0)
    print(f"[{request_id.get()}] {msg}")


async def handle(rid):
    request_id.set(rid)
    await log("start")
    await asyncio.sleep(0.1 * int(rid[-1]))
    await log("end")


async def main():
    request_id.set("main")
    await asyncio.gather(handle("req1"), handle("req2"))
    await log("main still sees its own value")


asyncio.run(main())
