# What as_completed yields are coroutines, not the tasks: to know which task
# finished, return that information from the task itself.
import asyncio


async def service(name, delay):
    await asyncio.sleep(delay)
    return name, f"{name} answered after {delay}s"


async def main():
    tasks = [asyncio.create_task(service("weather", 1.5), name="weather"),
             asyncio.create_task(service("reminder", 3), name="reminder"),
             asyncio.create_task(service("joke", 1), name="joke")]
    for item in asyncio.as_completed(tasks):
        print(type(item).__name__, hasattr(item, "get_name"))
        name, text = await item
        print(f"  done [{name}]: {text}")


asyncio.run(main())
