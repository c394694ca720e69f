# An exception escaping asyncio.run: traceback on stderr, exit code 1.
import asyncio


async def load(path):
    await asyncio.sleep(0.1)
    raise FileNotFoundError(f"no such config: {path}")


async def main():
    print("loading configuration")
    await load("settings.toml")
    print("never printed")


asyncio.run(main())
