# Simulated network clients failing with the OSError family; except*
# ConnectionError catches every connection subclass.
import asyncio


async def client(name, delay, exc):
    await asyncio.sleep(delay)
    if exc is not None:
        raise exc
    print(name, "finished")


async def main():
    failures = {
        "alpha": ConnectionResetError(104, "Connection reset by peer"),
        "beta": ConnectionRefusedError(111, "Connection refused"),
        "gamma": BrokenPipeError(32, "Broken pipe"),
        "delta": None,
        "epsilon": PermissionError(13, "Permission denied", "/etc/secret"),
    }
    try:
        async with asyncio.TaskGroup() as tg:
            for i, (name, exc) in enumerate(failures.items()):
                tg.create_task(client(name, 0.1 * (i + 1) if exc is None else 0.1, exc))
    except* ConnectionError as eg:
        for e in eg.exceptions:
            print("connection:", type(e).__name__, e.errno, e)
    except* OSError as eg:
        for e in eg.exceptions:
            print("os:", type(e).__name__, e.filename, e)
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main())
