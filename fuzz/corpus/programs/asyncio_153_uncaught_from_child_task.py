# The traceback of an exception raised in a child task and re-raised by
# awaiting it runs through both coroutines.
import asyncio


def validate(record):
    if "id" not in record:
        raise KeyError("id")
    return record["id"]


async def worker(records):
    ids = []
    for r in records:
        await asyncio.sleep(0.1)
        ids.append(validate(r))
    return ids


async def main():
    task = asyncio.create_task(worker([{"id": 1}, {"name": "x"}]))
    print("worker started")
    print(await task)


asyncio.run(main())
