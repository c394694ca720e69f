# Exception chaining across tasks: the uncaught traceback shows the cause.
import asyncio


class ServiceError(Exception):
    pass


async def call_service():
    await asyncio.sleep(0.1)
    try:
        {}["token"]
    except KeyError as e:
        raise ServiceError("authentication failed") from e


async def main():
    task = asyncio.create_task(call_service())
    await task


asyncio.run(main())
