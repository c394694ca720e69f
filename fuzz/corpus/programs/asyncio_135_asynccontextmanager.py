# contextlib.asynccontextmanager turns an async generator into a context
# manager.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def session(user):
    print(f"open session for {user}")
    await asyncio.sleep(0.2)
    try:
        yield {"user": user, "token": user[::-1]}
    finally:
        await asyncio.sleep(0.2)
        print(f"session for {user} closed")


async def main():
    async with session("alice") as s:
        print("inside with", s)
    try:
        async with session("bob") as s:
            raise PermissionError("bob may not do that")
    except PermissionError as e:
        print("error passed through:", e)
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main())
