# A three-stage pipeline of queues with sentinel propagation.
import asyncio

DONE = object()


async def source(out):
    for i in range(5):
        await asyncio.sleep(0.05)
        await out.put(i)
    await out.put(DONE)


async def stage(name, inp, out, f, delay):
    while (x := await inp.get()) is not DONE:
        await asyncio.sleep(delay)
        await out.put(f(x))
    await out.put(DONE)
    print(name, "finished at", round(asyncio.get_running_loop().time(), 6))


async def sink(inp):
    got = []
    while (x := await inp.get()) is not DONE:
        got.append(x)
    return got


async def main():
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue()
    res = await asyncio.gather(source(q1), stage("square", q1, q2, lambda x: x * x, 0.1),
                               stage("plus1", q2, q3, lambda x: x + 1, 0.02), sink(q3))
    print(res[-1])


asyncio.run(main())
