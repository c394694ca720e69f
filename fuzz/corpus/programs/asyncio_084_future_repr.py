# repr of futures in their states (addresses show as 0x?).
import asyncio


def on_done(fut):
    print("callback sees", fut)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.add_done_callback(on_done)
    print(f)
    f.set_result([1, 2])
    print(f)
    g = loop.create_future()
    g.set_exception(KeyError("x"))
    print(g)
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(h)
    await asyncio.sleep(0)


asyncio.run(main())
