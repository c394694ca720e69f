# Awaiting conditionally: a cache hit avoids the slow path.
import asyncio

cache = {"user:1": "Alice"}


async def from_cache(key):
    await asyncio.sleep(0.1)
    return cache.get(key)


async def from_database(key):
    await asyncio.sleep(1)
    value = f"user-{key.split(':')[1]}"
    cache[key] = value
    return value


async def get_user(key):
    value = await from_cache(key)
    if value is not None:
        return value, "cache"
    return await from_database(key), "database"


async def main():
    loop = asyncio.get_running_loop()
    for key in ("user:1", "user:2", "user:2"):
        start = loop.time()
        value, source = await get_user(key)
        print(f"{key} -> {value} from {source} in {loop.time() - start:.1f}s")


asyncio.run(main())
