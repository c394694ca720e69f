# call_soon(context=...) and Context.run: callbacks see the context they were given.
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="nobody")


def show(tag):
    print(tag, user.get())


async def main():
    loop = asyncio.get_running_loop()
    user.set("main")
    ctx = contextvars.copy_context()
    user.set("changed")
    loop.call_soon(show, "copied context:", context=ctx)
    loop.call_soon(show, "current context:")
    await asyncio.sleep(0)
    other = contextvars.Context()
    loop.call_soon(show, "empty context:", context=other)
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0), context=ctx)
    await t
    print("in main:", user.get(), ctx[user])


asyncio.run(main())
