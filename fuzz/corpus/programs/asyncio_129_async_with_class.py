# An asynchronous context manager class: __aenter__ / __aexit__.
import asyncio


class Connection:
    def __init__(self, host):
        self.host = host

    async def __aenter__(self):
        print(f"connecting to {self.host}...")
        await asyncio.sleep(0.5)
        print("connected")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("closing...")
        await asyncio.sleep(0.5)
        print("closed")
        return False

    async def query(self, q):
        await asyncio.sleep(0.5)
        return f"{q} @ {self.host}"


async def main():
    async with Connection("db.local") as conn:
        print(await conn.query("SELECT 1"))
    print("left the block at", asyncio.get_running_loop().time())


asyncio.run(main())
