# Handle and TimerHandle reprs, cancelled(), when().
import asyncio


def greet(name, punct="!"):
    print(f"hello {name}{punct}")


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(greet, "soon")
    h2 = loop.call_later(0.5, greet, "later")
    h3 = loop.call_later(1, print, "never")
    print(repr(h1))
    print(repr(h2))
    h3.cancel()
    print(repr(h3), h3.cancelled(), h3.when())
    await asyncio.sleep(0.6)
    print(repr(h2), h2.cancelled())


asyncio.run(main())
