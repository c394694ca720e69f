# CPU-bound work inside a coroutine takes no virtual time, but still keeps
# every other task waiting until it yields.
import asyncio


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


async def cruncher():
    print("fib(18) =", fib(18), "at", asyncio.get_running_loop().time())
    await asyncio.sleep(0)
    print("cruncher yielded")


async def chatter():
    for i in range(2):
        print("chatter", i)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(cruncher(), chatter())


asyncio.run(main())
