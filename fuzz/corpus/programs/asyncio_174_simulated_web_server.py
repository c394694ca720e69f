# Simulated web server: concurrent requests with different handling times.
import asyncio
import time


async def handle_request(rid, path):
    print(f"request {rid}: {path} started")
    if path == "/api/users":
        await asyncio.sleep(0.5)
        response = {"users": ["Alice", "Bob"]}
    elif path == "/api/posts":
        await asyncio.sleep(1)
        response = {"posts": 2}
    else:
        await asyncio.sleep(0.2)
        response = {"error": "not found"}
    print(f"request {rid}: {path} finished")
    return response


async def serve():
    requests = [(1, "/api/users"), (2, "/api/posts"), (3, "/api/users"),
                (4, "/api/comments"), (5, "/api/posts")]
    start = time.time()
    responses = await asyncio.gather(*(handle_request(r, p) for r, p in requests))
    elapsed = time.time() - start
    print(f"{len(responses)} requests in {elapsed:.2f} s, "
          f"{elapsed / len(requests):.2f} s per request on average")
    print(responses[3])


asyncio.run(serve())
