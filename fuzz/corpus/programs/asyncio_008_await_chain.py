# Coroutines awaiting coroutines: one task, one chain of frames.
import asyncio


async def read_config():
    await asyncio.sleep(0.1)
    return {"retries": 3}


async def connect(config):
    await asyncio.sleep(0.2)
    return f"connection(retries={config['retries']})"


async def query(conn, sql):
    await asyncio.sleep(0.3)
    return f"{sql!r} via {conn}"


async def main():
    config = await read_config()
    conn = await connect(config)
    print(await query(conn, "SELECT 1"))
    print("elapsed", asyncio.get_running_loop().time())


asyncio.run(main())
