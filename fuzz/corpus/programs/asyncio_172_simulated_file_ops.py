# Simulated asynchronous file reads and writes (no real files).
import asyncio


async def read_file(name):
    print(f"reading {name}")
    await asyncio.sleep(0.5)
    return f"contents of {name}"


async def write_file(name, content):
    print(f"writing {name}")
    await asyncio.sleep(0.5)
    print(f"wrote {name}: {content!r}")


async def main():
    names = ["a.txt", "b.txt", "c.txt"]
    contents = await asyncio.gather(*(read_file(n) for n in names))
    processed = [c.upper() for c in contents]
    await asyncio.gather(*(write_file(f"out_{n}", c)
                           for n, c in zip(names, processed)))
    print("done at", asyncio.get_running_loop().time())


asyncio.run(main())
