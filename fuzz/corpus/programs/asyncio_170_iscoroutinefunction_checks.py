# Telling coroutine functions, coroutines and awaitables apart.
import asyncio
import inspect


async def co():
    return 1


def gen():
    yield 1


async def agen():
    yield 1


for obj in (co, gen, agen, print):
    print(getattr(obj, "__name__", obj), asyncio.iscoroutinefunction(obj),
          inspect.isasyncgenfunction(obj), inspect.isgeneratorfunction(obj))
c = co()
print(asyncio.iscoroutine(c), inspect.isawaitable(c), asyncio.iscoroutine(gen()))
print(asyncio.run(c))
