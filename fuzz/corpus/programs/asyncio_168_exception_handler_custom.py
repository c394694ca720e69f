# A custom loop exception handler sees errors from callbacks.
import asyncio


def handler(loop, context):
    print("handler got:", context["message"], "|", repr(context.get("exception")))


def bad():
    raise RuntimeError("oops in callback")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad)
    await asyncio.sleep(0.1)
    loop.call_exception_handler({"message": "custom report"})
    print(loop.get_exception_handler() is handler)


asyncio.run(main())
