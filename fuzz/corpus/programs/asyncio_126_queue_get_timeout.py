# Polling a queue with a timeout (a chat server's broadcast loop).
import asyncio


async def client(q, name, messages):
    for i in range(messages):
        await asyncio.sleep(1)
        await q.put((name, f"message {i + 1} from {name}"))


async def broadcaster(q, clients):
    while True:
        try:
            sender, text = await asyncio.wait_for(q.get(), timeout=1.5)
        except asyncio.TimeoutError:
            print("no message for 1.5 s; stopping")
            break
        for other in clients:
            if other != sender:
                print(f"to {other}: {text}")


async def main():
    q = asyncio.Queue()
    names = ["alice", "bob"]
    await asyncio.gather(client(q, "alice", 2), client(q, "bob", 3),
                         broadcaster(q, names))


asyncio.run(main())
