# Calling an async function does not run it: it makes a coroutine object.
import asyncio
import inspect


def plain():
    return "plain result"


async def coro_func():
    print("body runs only when awaited")
    return "coroutine result"


print(type(plain()))
c = coro_func()
print(type(c))
print(inspect.iscoroutinefunction(coro_func), inspect.iscoroutinefunction(plain))
print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(coro_func))
print(inspect.getcoroutinestate(c))
c.close()                       # closing it avoids the "never awaited" warning
print(inspect.getcoroutinestate(c))
print(asyncio.run(coro_func()))
