# A simulated async database client: connect, concurrent queries, inserts.
import asyncio


class FakeDatabase:
    def __init__(self):
        self.rows = {}

    async def connect(self):
        print("connecting...")
        await asyncio.sleep(0.5)
        print("connected")

    async def query(self, table):
        print(f"SELECT * FROM {table}")
        await asyncio.sleep(1)
        return [{"id": i, "table": table} for i in range(2)]

    async def insert(self, table, row):
        await asyncio.sleep(0.5)
        self.rows.setdefault(table, []).append(row)
        print(f"INSERT INTO {table}: {row}")
        return True

    async def close(self):
        await asyncio.sleep(0.2)
        print("connection closed")


async def main():
    db = FakeDatabase()
    await db.connect()
    results = await asyncio.gather(db.query("users"), db.query("posts"))
    print(sum(len(r) for r in results), "rows fetched")
    await asyncio.gather(db.insert("users", {"name": "Alice"}),
                         db.insert("users", {"name": "Bob"}))
    await db.close()
    print(db.rows, "t =", asyncio.get_running_loop().time())


asyncio.run(main())
