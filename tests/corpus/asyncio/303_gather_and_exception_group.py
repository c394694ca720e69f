# gather(return_exceptions=True) collects failures; wrapping them in an
# ExceptionGroup lets except* sort them.
import asyncio


async def download(url, delay):
    await asyncio.sleep(delay)
    if url.endswith(".bad"):
        raise ConnectionRefusedError(111, "Connection refused", url)
    if url.endswith(".slow"):
        raise TimeoutError(f"{url} timed out")
    return f"<{url}>"


async def main():
    urls = ["a.org", "b.bad", "c.slow", "d.org", "e.bad"]
    results = await asyncio.gather(*(download(u, i / 10) for i, u in enumerate(urls)), return_exceptions=True)
    ok = [r for r in results if not isinstance(r, BaseException)]
    errors = [r for r in results if isinstance(r, BaseException)]
    print("ok:", ok)
    try:
        if errors:
            raise ExceptionGroup("downloads failed", errors)
    except* ConnectionRefusedError as eg:
        print("refused:", [e.filename for e in eg.exceptions], [str(e) for e in eg.exceptions])
    except* TimeoutError as eg:
        print("timeouts:", [str(e) for e in eg.exceptions])
    print("finished at", asyncio.get_running_loop().time())


asyncio.run(main())
