# datetime.now() follows the virtual clock (UTC).
import asyncio
import datetime


def stamp():
    return datetime.datetime.now().strftime("%H:%M:%S")


async def remind(after, text):
    await asyncio.sleep(after)
    print(f"[{stamp()}] reminder: {text}")


async def main():
    print(f"[{stamp()}] setting reminders")
    await asyncio.gather(remind(3, "stretch"), remind(1.5, "drink water"),
                         remind(60, "meeting"))
    print(f"[{stamp()}] all reminders delivered")


asyncio.run(main())
