# hostile: not hostile: run after each hostile script in the same process, it must print exactly this
# reference: cpython
# expect-code: 0
# expect-stdout: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81] 0.5\n{'a': 1, 'bb': 2} [1, 3]\n
import asyncio

async def worker(q, out):
    while True:
        item = await q.get()
        out.append(item * item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    out = []
    workers = [asyncio.create_task(worker(q, out)) for _ in range(3)]
    for i in range(10):
        await q.put(i)
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.sleep(0.5)
    print(sorted(out), asyncio.get_running_loop().time())

asyncio.run(main())
print({k: len(k) for k in ("a", "bb")}, [x for x in range(5) if x % 2])
