# gather over a future that nobody will ever complete: deadlock (exit 3).
import asyncio


async def quick():
    await asyncio.sleep(0.5)
    print("quick done")


async def main():
    never = asyncio.get_running_loop().create_future()
    await asyncio.gather(quick(), never)
    print("never printed")


asyncio.run(main())
