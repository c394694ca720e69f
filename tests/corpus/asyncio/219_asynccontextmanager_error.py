# asynccontextmanager: an exception in the body reaches the generator.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(name):
    print(f"open {name}")
    await asyncio.sleep(0.1)
    try:
        yield f"conn-{name}"
    except ValueError as e:
        print(f"{name}: rolling back because {e}")
        raise
    finally:
        await asyncio.sleep(0.1)
        print(f"close {name}")


async def main():
    async with connection("a") as c:
        print("using", c)
    try:
        async with connection("b") as c:
            raise ValueError("bad data")
    except ValueError:
        print("caught in main")
    async with connection("c") as c1, connection("d") as c2:
        print("both", c1, c2)
    print("t =", round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())
