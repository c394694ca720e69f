# Exercise: an API client that never has more than 5 requests in flight.
import asyncio


class ApiClient:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.active = 0
        self.peak = 0

    async def get(self, endpoint):
        async with self.sem:
            self.active += 1
            self.peak = max(self.peak, self.active)
            await asyncio.sleep(0.1 * (1 + endpoint % 4))
            self.active -= 1
            return {"endpoint": endpoint, "status": 200}


async def main():
    client = ApiClient(5)
    replies = await asyncio.gather(*(client.get(i) for i in range(20)))
    print(len(replies), "replies, peak concurrency", client.peak)
    print(replies[:2])
    print("t =", round(asyncio.get_running_loop().time(), 3))


asyncio.run(main())
