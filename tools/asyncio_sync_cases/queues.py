### queue_basic_api
import asyncio

async def main():
    q = asyncio.Queue()
    print(str(q), repr(q).split(' at ')[0], type(q).__module__, q.maxsize, q.qsize(), q.empty(), q.full())
    await q.put(1)
    q.put_nowait('two')
    await q.put([3])
    print(str(q), q.qsize(), q.empty(), q._queue, q._unfinished_tasks)
    print(await q.get(), q.get_nowait(), str(q))
    q.task_done()
    print(str(q))
    print(repr(q)[:13], repr(q).split(' ', 3)[3])
    try:
        q.maxsize = 3
    except AttributeError as e:
        print('AttributeError', e)
    print([c.__name__ for c in type(q).__mro__])

asyncio.run(main())
### queue_full_empty_errors
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait('a')
    q.put_nowait('b')
    print(q.full(), str(q))
    try:
        q.put_nowait('c')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e), type(e).__module__, isinstance(e, Exception))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e), type(e).__module__)
    n = asyncio.Queue(-1)
    for i in range(5):
        n.put_nowait(i)
    print(n.full(), n.maxsize, str(n))
    try:
        q.task_done(); q.task_done(); q.task_done()
    except ValueError as e:
        print('ValueError', e, q._unfinished_tasks)

asyncio.run(main())
### queue_getters_fifo_and_repr
import asyncio

async def getter(q, n):
    item = await q.get()
    print(n, 'got', item, str(q))

async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(q, f'g{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q), len(q._getters))
    for i in range(3):
        q.put_nowait(i)
        print('put', i, str(q))
    await asyncio.gather(*ts)
    print(str(q))

asyncio.run(main())
### queue_putters_block
import asyncio

async def putter(q, n):
    for i in range(2):
        await q.put(f'{n}{i}')
        print(n, 'put', i, str(q))

async def main():
    q = asyncio.Queue(1)
    ts = [asyncio.create_task(putter(q, f'p{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    got = []
    while len(got) < 6:
        got.append(await q.get())
        print('got', got[-1], str(q))
        await asyncio.sleep(0)
    await asyncio.gather(*ts)
    print(got, str(q))

asyncio.run(main())
### queue_getter_cancel_paths
import asyncio

async def getter(q, n):
    try:
        item = await q.get()
        print(n, 'got', item)
    except asyncio.CancelledError:
        print(n, 'cancelled', str(q))
        raise

async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(q, f'g{i}')) for i in range(3)]
    await asyncio.sleep(0)
    ts[2].cancel()              # cancelled while waiting
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait('x')           # wakes g0
    ts[0].cancel()              # woken but cancelled: g1 is woken instead
    res = await asyncio.gather(*ts[:2], return_exceptions=True)
    await asyncio.gather(ts[2], return_exceptions=True)
    print([type(r).__name__ for r in res], str(q))

asyncio.run(main())
### queue_putter_cancel_paths
import asyncio

async def putter(q, n):
    try:
        await q.put(n)
        print(n, 'put', str(q))
    except asyncio.CancelledError:
        print(n, 'cancelled', str(q))
        raise

async def main():
    q = asyncio.Queue(1)
    q.put_nowait('first')
    ts = [asyncio.create_task(putter(q, f'p{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    ts[1].cancel()
    await asyncio.sleep(0)
    print(str(q))
    print('get', q.get_nowait())    # wakes p0
    ts[0].cancel()                  # p0 woken, cancelled: p2 takes the slot
    await asyncio.gather(*ts, return_exceptions=True)
    print(str(q), q._queue)

asyncio.run(main())
### queue_join_task_done
import asyncio

async def worker(q, n):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(n, 'done', item, q._unfinished_tasks)
        q.task_done()

async def main():
    q = asyncio.Queue()
    await q.join()
    print('join on empty queue returns at once')
    for d in (0.3, 0.1, 0.2, 0.1):
        q.put_nowait(d)
    ws = [asyncio.create_task(worker(q, f'w{i}')) for i in range(2)]
    print('joining', str(q), q._finished.is_set())
    await q.join()
    print('joined', str(q), q._finished.is_set())
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)

asyncio.run(main())
### queue_multiple_joiners
import asyncio

async def joiner(q, n):
    await q.join()
    print(n, 'joined')

async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    q.put_nowait(2)
    js = [asyncio.create_task(joiner(q, f'j{i}')) for i in range(3)]
    await asyncio.sleep(0)
    q.get_nowait(); q.task_done()
    await asyncio.sleep(0)
    print('one left', q._unfinished_tasks)
    q.get_nowait(); q.task_done()
    await asyncio.gather(*js)

asyncio.run(main())
### priority_queue
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (4, 'd'), (1, 'a0'), (5, 'e'), (9, 'i'), (2, 'b'), (6, 'f')]:
        pq.put_nowait(item)
        print(pq._queue)
    print(str(pq))
    out = []
    while not pq.empty():
        out.append(await pq.get())
        print(pq._queue)
    print(out)
    pq.put_nowait((1, {'x': 1}))
    try:
        pq.put_nowait((1, {'y': 2}))
    except TypeError as e:
        print('TypeError', e, pq._queue, pq._unfinished_tasks)
    print([c.__name__ for c in type(pq).__mro__], type(pq).__module__)

asyncio.run(main())
### priority_queue_workers
import asyncio

async def worker(pq, n):
    while True:
        prio, job = await pq.get()
        print(n, 'runs', prio, job)
        await asyncio.sleep(0.1 * prio)
        pq.task_done()

async def main():
    pq = asyncio.PriorityQueue(maxsize=3)
    ws = [asyncio.create_task(worker(pq, f'w{i}')) for i in range(2)]
    for i, p in enumerate([5, 1, 3, 2, 4, 1, 2]):
        await pq.put((p, f'job{i}'))
        print('queued', p, str(pq))
    await pq.join()
    for w in ws:
        w.cancel()
    print(str(pq))

asyncio.run(main())
### lifo_queue
import asyncio

async def main():
    lq = asyncio.LifoQueue(3)
    for i in range(3):
        await lq.put(i)
    print(str(lq), lq.full(), lq._queue)
    async def late_put():
        await lq.put('late')
        print('late put done', str(lq))
    t = asyncio.create_task(late_put())
    await asyncio.sleep(0)
    print(str(lq))
    print(await lq.get(), str(lq))
    await t
    print([lq.get_nowait() for _ in range(lq.qsize())], str(lq), type(lq).__module__)

asyncio.run(main())
### queue_subclass_overrides
import asyncio

class SetQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = []
        self.seen = set()

    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self._queue.append(item)

    def _get(self):
        return self._queue.pop(0)

async def main():
    q = SetQueue()
    for x in 'abacb':
        await q.put(x)
    print(str(q), repr(q).split(' at ')[0], q.qsize())
    print([await q.get() for _ in range(q.qsize())])

asyncio.run(main())
### queue_other_loop
import asyncio

q = asyncio.Queue()

async def first():
    q.put_nowait(1)
    print(await q.get())
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait(2)
    print(await t)

asyncio.run(first())

async def second():
    try:
        await q.get()
    except RuntimeError as e:
        print('RuntimeError', str(e).split(' at ')[0], str(e).split('>')[1])

asyncio.run(second())
### queue_maxsize_one_ping_pong
import asyncio

async def producer(q):
    for i in range(4):
        print('putting', i)
        await q.put(i)
    await q.put(None)

async def consumer(q):
    while (item := await q.get()) is not None:
        print('consumed', item, str(q))
        q.task_done()
    q.task_done()

async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q), consumer(q))
    print(str(q))

asyncio.run(main())
### queue_get_deadlock
import asyncio

async def main():
    q = asyncio.Queue()
    print('waiting for an item that never comes')
    await q.get()

asyncio.run(main())
### queue_get_raises_in_task
import asyncio

async def main():
    q = asyncio.Queue()
    q.get_nowait()

asyncio.run(main())
### priority_queue_comparisons
import asyncio

log = []

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self):
        return f'K{self.v}'

async def main():
    pq = asyncio.PriorityQueue()
    for v in [5, 3, 8, 1, 9, 2, 7, 3, 6, 0]:
        await pq.put(K(v))
    print(pq._queue)
    print(log)
    log.clear()
    print([await pq.get() for _ in range(pq.qsize())])
    print(log)
    pq._queue = (1, 2)
    for f in (lambda: pq.put_nowait(3), pq.get_nowait):
        try:
            f()
        except TypeError as e:
            print('TypeError', e)
    pq._queue = []
    try:
        pq._get()
    except IndexError as e:
        print('IndexError', e)

asyncio.run(main())
### queue_get_timeout_and_wait_for
import asyncio

async def main():
    q = asyncio.Queue(1)
    try:
        await asyncio.wait_for(q.get(), 0.2)
    except asyncio.TimeoutError:
        print('get timed out', str(q))
    await q.put('x')
    try:
        await asyncio.wait_for(q.put('y'), 0.2)
    except asyncio.TimeoutError:
        print('put timed out', str(q))
    async def later():
        await asyncio.sleep(0.1)
        return q.get_nowait()
    t = asyncio.create_task(later())
    await asyncio.wait_for(q.put('z'), 1)
    print(await t, str(q))

asyncio.run(main())
### queue_async_iteration
import asyncio

class Source:
    def __init__(self, q):
        self.q = q
    def __aiter__(self):
        return self
    async def __anext__(self):
        item = await self.q.get()
        self.q.task_done()
        if item is None:
            raise StopAsyncIteration
        return item

async def main():
    q = asyncio.Queue()
    async def feed():
        for i in range(3):
            await asyncio.sleep(0.1)
            await q.put(i)
        await q.put(None)
    f = asyncio.create_task(feed())
    async for x in Source(q):
        print('item', x, str(q))
    await f
    await q.join()
    print('done', str(q))

asyncio.run(main())
