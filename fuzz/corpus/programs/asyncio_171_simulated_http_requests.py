# Simulated HTTP requests fetched concurrently.
import asyncio
import time


async def fetch_url(url, delay):
    print(f"GET {url}")
    await asyncio.sleep(delay)
    print(f"200 {url}")
    return f"body of {url}"


async def fetch_all():
    urls = [("https://api.example.com/users", 1),
            ("https://api.example.com/posts", 1.5),
            ("https://api.example.com/comments", 0.8)]
    start = time.time()
    results = await asyncio.gather(*(fetch_url(u, d) for u, d in urls))
    print(f"\n{len(results)} responses in {time.time() - start:.2f} s")
    return results


for body in asyncio.run(fetch_all()):
    print(body)
