### lock_basic_repr_owner
import asyncio

def who(t):
    return t.get_name() if t is not None else None

async def main():
    lock = asyncio.Lock()
    print(repr(lock).split(' at ')[0], repr(lock).split(']')[0].split('[')[1])
    print(type(lock).__module__, type(lock).__qualname__, lock.locked(), who(lock._owner))
    r = await lock.acquire()
    print(r, lock.locked(), who(lock._owner), repr(lock)[-10:])
    lock.release()
    print(lock.locked(), who(lock._owner), repr(lock)[-12:])
    async with lock as x:
        print('in with', x, who(lock._owner))
    print('after with', who(lock._owner), lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        asyncio.Lock(loop=asyncio.get_running_loop())
    except TypeError as e:
        print('TypeError', e)
    print([c.__name__ for c in asyncio.Lock.__mro__])

asyncio.run(main())
### lock_fifo_owner_waiters
import asyncio

def who(t):
    return t.get_name() if t is not None else None

async def worker(lock, n):
    print(n, 'wants', lock)
    async with lock:
        print(n, 'got it; owner', who(lock._owner), 'waiters', len(lock._waiters or ()))
        await asyncio.sleep(0.1)
        print(n, 'releasing')
    print(n, 'out; owner', who(lock._owner))

async def main():
    lock = asyncio.Lock()
    ts = [asyncio.create_task(worker(lock, f'w{i}'), name=f'w{i}') for i in range(4)]
    await asyncio.sleep(0)
    print('main sees', lock, who(lock._owner))
    await asyncio.gather(*ts)
    print('end', lock, who(lock._owner), lock._waiters)

asyncio.run(main())
### lock_cancel_waiting
import asyncio

def who(t):
    return t.get_name() if t is not None else None

async def waiter(lock, n):
    try:
        async with lock:
            print(n, 'acquired, owner', who(lock._owner))
            await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print(n, 'cancelled; locked', lock.locked(), 'owner', who(lock._owner))
        raise

async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(waiter(lock, 'a'), name='a')
    b = asyncio.create_task(waiter(lock, 'b'), name='b')
    c = asyncio.create_task(waiter(lock, 'c'), name='c')
    await asyncio.sleep(0.1)
    print(lock)
    b.cancel()
    await asyncio.sleep(0)
    print(lock, b.cancelled())
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(lock, who(lock._owner))

asyncio.run(main())
### lock_cancel_after_wakeup
import asyncio

def who(t):
    return t.get_name() if t is not None else None

async def waiter(lock, n):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(n, 'cancelled after wake-up; locked', lock.locked(), 'waiters', len(lock._waiters))
        raise
    print(n, 'acquired; owner', who(lock._owner))
    lock.release()

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter(lock, 'a'), name='a')
    b = asyncio.create_task(waiter(lock, 'b'), name='b')
    await asyncio.sleep(0)
    lock.release()            # wakes a's future
    print('released:', lock, who(lock._owner))
    a.cancel()                # a was woken but has not run yet
    await asyncio.gather(a, b, return_exceptions=True)
    print(a.cancelled(), b.result(), lock, who(lock._owner))

asyncio.run(main())
### lock_steal_fast_path
import asyncio

def who(t):
    return t.get_name() if t is not None else None

async def waiter(lock, n):
    await lock.acquire()
    print(n, 'acquired; owner', who(lock._owner))
    await asyncio.sleep(0)
    lock.release()

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter(lock, 'a'), name='a')
    await asyncio.sleep(0)
    lock.release()
    # The woken waiter has not run yet: the lock is free, but a waiter is
    # pending, so this acquire queues behind it.
    print('main re-acquires', lock.locked(), lock)
    await lock.acquire()
    print('main has it', who(lock._owner))
    lock.release()
    await a
    # all waiters cancelled: the fast path takes the lock
    await lock.acquire()
    b = asyncio.create_task(waiter(lock, 'b'), name='b')
    await asyncio.sleep(0)
    b.cancel()
    lock.release()
    print('after cancel', lock, [w.cancelled() for w in lock._waiters])
    await lock.acquire()
    print('fast path owner', who(lock._owner), lock)
    lock.release()
    await asyncio.gather(b, return_exceptions=True)
    print(lock)

asyncio.run(main())
### lock_release_by_other_task
import asyncio

def who(t):
    return t.get_name() if t is not None else None

async def releaser(lock):
    print('releaser sees owner', who(lock._owner))
    lock.release()
    print('releaser released; owner', who(lock._owner))

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    await asyncio.create_task(releaser(lock), name='releaser')
    print('main', lock.locked(), who(lock._owner))

asyncio.run(main())
### lock_other_loop
import asyncio

lock = asyncio.Lock()

async def hold():
    async with lock:
        await asyncio.sleep(0.1)

async def use():
    t = asyncio.create_task(hold())
    await asyncio.sleep(0)
    async with lock:
        print('second acquirer ok')
    await t

asyncio.run(use())
print(lock._loop is not None)

async def again():
    await lock.acquire()
    try:
        await lock.acquire()
    except RuntimeError as e:
        print('RuntimeError', str(e).split(' at ')[0], str(e).split(']')[1])

asyncio.run(again())
### event_basic
import asyncio

async def waiter(ev, n):
    print(n, 'waiting', ev.is_set())
    r = await ev.wait()
    print(n, 'woke', r, ev.is_set())

async def main():
    ev = asyncio.Event()
    print(repr(ev).split(' at ')[0], repr(ev).split('[')[1], type(ev).__module__)
    ts = [asyncio.create_task(waiter(ev, f'w{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(ev).split('[')[1], len(ev._waiters))
    ev.set()
    ev.set()
    print(repr(ev).split('[')[1])
    ev.clear()
    print('cleared before waiters ran', ev.is_set())
    await asyncio.gather(*ts)
    print(repr(ev).split('[')[1], ev._waiters)
    ev.set()
    print(await ev.wait())

asyncio.run(main())
### event_cancel_waiter
import asyncio

async def waiter(ev, n):
    try:
        await ev.wait()
        print(n, 'woke')
    except asyncio.CancelledError:
        print(n, 'cancelled', len(ev._waiters))
        raise

async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter(ev, 'a'))
    b = asyncio.create_task(waiter(ev, 'b'))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    print(repr(ev).split('[')[1])
    ev.set()
    b.cancel()
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res], ev._waiters)

asyncio.run(main())
### condition_notify
import asyncio

def who(t):
    return t.get_name() if t is not None else None

async def consumer(cond, n, log):
    async with cond:
        print(n, 'waiting; lock owner', who(cond._lock._owner))
        r = await cond.wait()
        print(n, 'notified', r, 'owner', who(cond._lock._owner))
        log.append(n)

async def main():
    cond = asyncio.Condition()
    print(repr(cond).split('[')[1], type(cond).__module__)
    log = []
    ts = [asyncio.create_task(consumer(cond, f'c{i}', log), name=f'c{i}') for i in range(4)]
    await asyncio.sleep(0)
    print(repr(cond).split('[')[1], who(cond._lock._owner))
    async with cond:
        cond.notify()
        print('after notify(1)', repr(cond).split('[')[1], who(cond._lock._owner))
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(log, repr(cond).split('[')[1])
    for f in (cond.notify, cond.notify_all):
        try:
            f()
        except RuntimeError as e:
            print('RuntimeError', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)

asyncio.run(main())
### condition_wait_for
import asyncio

async def main():
    cond = asyncio.Condition()
    state = {'n': 0}

    async def waiter():
        async with cond:
            r = await cond.wait_for(lambda: state['n'] >= 3 and state['n'])
            print('predicate true', r)

    t = asyncio.create_task(waiter())
    for i in range(4):
        await asyncio.sleep(0.1)
        async with cond:
            state['n'] += 1
            print('n =', state['n'])
            cond.notify_all()
    await t
    async with cond:
        print(await cond.wait_for(lambda: 'already'))

asyncio.run(main())
### condition_cancel_during_wait
import asyncio

def who(t):
    return t.get_name() if t is not None else None

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print('cancelled; reacquired', cond.locked(), 'owner', who(cond._lock._owner))
            raise

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond), name='waiter')
    await asyncio.sleep(0)
    await cond.acquire()
    t.cancel()
    await asyncio.sleep(0)
    print('main holds the lock;', repr(cond).split('[')[1], who(cond._lock._owner))
    cond.release()
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled', t.cancelled(), cond.locked(), who(cond._lock._owner))

asyncio.run(main())
### condition_shared_lock
import asyncio

async def main():
    lock = asyncio.Lock()
    c1 = asyncio.Condition(lock)
    c2 = asyncio.Condition(lock)
    async with c1:
        print(lock.locked(), c2.locked(), c1._lock is c2._lock, c2.acquire.__self__ is lock)
    print(lock.locked())

    async def notifier():
        await asyncio.sleep(0.1)
        async with c2:
            c2.notify()

    t = asyncio.create_task(notifier())
    async with c2:
        print('wait', await c2.wait())
    await t

asyncio.run(main())
### semaphore_basic_holders
import asyncio

def names(ts):
    return [t.get_name() if t is not None else None for t in ts]

async def main():
    sem = asyncio.Semaphore(2)
    print(repr(sem).split('[')[1], sem.locked(), names(sem._holders), type(sem).__module__)
    await sem.acquire()
    print(repr(sem).split('[')[1], sem.locked(), names(sem._holders))
    async with sem:
        print(repr(sem).split('[')[1], sem.locked(), names(sem._holders))
    print(repr(sem).split('[')[1], names(sem._holders))
    sem.release()
    sem.release()       # beyond the initial value: allowed for Semaphore
    print(repr(sem).split('[')[1], names(sem._holders))
    z = asyncio.Semaphore(0)
    print(repr(z).split('[')[1], z.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)

asyncio.run(main())
### semaphore_limit_holders
import asyncio

def names(ts):
    return [t.get_name() if t is not None else None for t in ts]

async def job(sem, n, d):
    async with sem:
        print(f'{n} in; holders', names(sem._holders), 'value', sem._value)
        await asyncio.sleep(d)
    print(f'{n} out; holders', names(sem._holders))

async def main():
    sem = asyncio.Semaphore(2)
    ts = [asyncio.create_task(job(sem, f'j{i}', d), name=f'j{i}')
          for i, d in enumerate([0.3, 0.1, 0.2, 0.1, 0.05])]
    await asyncio.sleep(0)
    print(repr(sem).split('[')[1])
    await asyncio.gather(*ts)
    print(repr(sem).split('[')[1], names(sem._holders))

asyncio.run(main())
### semaphore_release_from_elsewhere
import asyncio

def names(ts):
    return [t.get_name() if t is not None else None for t in ts]

async def taker(sem, n):
    await sem.acquire()
    print(n, 'took a slot', names(sem._holders))
    await asyncio.sleep(1)

async def main():
    sem = asyncio.Semaphore(3)
    ts = [asyncio.create_task(taker(sem, f't{i}'), name=f't{i}') for i in range(3)]
    await asyncio.sleep(0)
    await sem.acquire()
    print('main got a slot after a release?', names(sem._holders))

async def main2():
    sem = asyncio.Semaphore(2)
    ts = [asyncio.create_task(taker(sem, f'u{i}'), name=f'u{i}') for i in range(2)]
    await asyncio.sleep(0)
    sem.release()      # main holds nothing: the oldest holder's slot goes
    print('after release by main', names(sem._holders), sem._value)
    await sem.acquire()
    print('main holds', names(sem._holders))
    sem.release()
    print('main released', names(sem._holders))
    for t in ts:
        t.cancel()

asyncio.run(main2())
### semaphore_cancel_paths
import asyncio

def names(ts):
    return [t.get_name() if t is not None else None for t in ts]

async def waiter(sem, n):
    try:
        async with sem:
            print(n, 'in', names(sem._holders), sem._value)
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(n, 'cancelled; value', sem._value, 'holders', names(sem._holders))
        raise

async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    ts = [asyncio.create_task(waiter(sem, f'w{i}'), name=f'w{i}') for i in range(4)]
    await asyncio.sleep(0)
    print(repr(sem).split('[')[1], sem.locked())
    ts[1].cancel()              # cancelled while waiting
    await asyncio.sleep(0)
    print(repr(sem).split('[')[1])
    sem.release()               # wakes w0
    ts[0].cancel()              # woken, then cancelled: the slot moves on
    print('value', sem._value, names(sem._holders))
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res], repr(sem).split('[')[1], names(sem._holders))

asyncio.run(main())
### semaphore_multi_release_wakes
import asyncio

def names(ts):
    return [t.get_name() if t is not None else None for t in ts]

async def waiter(sem, n):
    await sem.acquire()
    print(n, 'acquired; value', sem._value, names(sem._holders))

async def main():
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(waiter(sem, f'w{i}'), name=f'w{i}') for i in range(4)]
    await asyncio.sleep(0)
    print(repr(sem).split('[')[1])
    sem.release()
    sem.release()
    sem.release()
    print('after 3 releases', repr(sem).split('[')[1])
    await asyncio.sleep(0)
    print(repr(sem).split('[')[1], names(sem._holders))
    sem.release()
    await asyncio.gather(*ts)
    print(repr(sem).split('[')[1], names(sem._holders))

asyncio.run(main())
### bounded_semaphore
import asyncio

def names(ts):
    return [t.get_name() if t is not None else None for t in ts]

async def main():
    bs = asyncio.BoundedSemaphore(2)
    print(repr(bs).split(' at ')[0], repr(bs).split('[')[1], [c.__name__ for c in type(bs).__mro__])
    async with bs:
        print(names(bs._holders))
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e, names(bs._holders), bs._value)
    await bs.acquire()
    await bs.acquire()
    print(bs.locked(), names(bs._holders))
    bs.release()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e, names(bs._holders), bs._value)

asyncio.run(main())
### barrier_basic
import asyncio

async def party(b, n, d):
    await asyncio.sleep(d)
    print(n, 'arrives', repr(b).split('[')[1])
    i = await b.wait()
    print(n, 'passes with index', i, repr(b).split('[')[1])

async def main():
    b = asyncio.Barrier(3)
    print(repr(b).split(' at ')[0], repr(b).split('[')[1], b.parties, b.n_waiting, b.broken)
    await asyncio.gather(*(party(b, f'p{i}', 0.1 * i) for i in range(3)))
    print('round 2')
    await asyncio.gather(*(party(b, f'q{i}', 0) for i in range(6)))
    print(repr(b).split('[')[1])
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)

asyncio.run(main())
### barrier_abort_reset
import asyncio

async def party(b, n):
    try:
        async with b as i:
            print(n, 'index', i)
    except asyncio.BrokenBarrierError as e:
        print(n, 'BrokenBarrierError', e)

async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(b, f'p{i}')) for i in range(2)]
    await asyncio.sleep(0.1)
    print(repr(b).split('[')[1])
    await b.reset()
    print('after reset', repr(b).split('[')[1], b.n_waiting)
    await asyncio.gather(*ts)
    print('drained', repr(b).split('[')[1])
    ts = [asyncio.create_task(party(b, f'q{i}')) for i in range(2)]
    await asyncio.sleep(0.1)
    await b.abort()
    await asyncio.gather(*ts)
    print(repr(b).split('[')[1], b.broken)
    await party(b, 'late')
    await b.reset()
    print(repr(b).split('[')[1])

asyncio.run(main())
### barrier_cancel_waiting
import asyncio

async def main():
    b = asyncio.Barrier(2)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(repr(b).split('[')[1])
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', repr(b).split('[')[1])
    async def p(n):
        print(n, await b.wait())
    await asyncio.gather(p('a'), p('b'))

asyncio.run(main())
### lock_deadlock_exit
import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    print('acquiring twice')
    await lock.acquire()

asyncio.run(main())
### teaching_fields_outside_the_loop
import asyncio

def names(ts):
    return [t.get_name() if t is not None else None for t in ts]

sem = asyncio.Semaphore(3)
lock = asyncio.Lock()

async def take(n):
    await sem.acquire()

async def main():
    await asyncio.gather(*(asyncio.create_task(take(i), name=f't{i}') for i in range(3)))
    await lock.acquire()
    print(names(sem._holders), lock._owner.get_name(), lock._owner.done())

asyncio.run(main())
print(lock._owner.get_name(), lock._owner.done(), lock)
lock.release()
print(lock._owner, lock)
sem.release()
print(names(sem._holders), sem._value)
sem.release()
sem.release()
sem.release()
print(names(sem._holders), sem._value, repr(sem).split('[')[1])
### condition_cancel_during_reacquire
import asyncio

def who(t):
    return t.get_name() if t is not None else None

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
            print('waiter: notified normally')
        except asyncio.CancelledError:
            print('waiter: cancelled, owner', who(cond._lock._owner))
            raise

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond), name='waiter')
    await asyncio.sleep(0)
    async with cond:
        cond.notify()           # the waiter now needs the lock back
        await asyncio.sleep(0)  # it runs and queues on the lock
        print('main: waiters on the lock', len(cond._lock._waiters))
        t.cancel()              # cancelled while re-acquiring
        await asyncio.sleep(0)
        print('main: still holding', who(cond._lock._owner))
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__, cond.locked(), who(cond._lock._owner))

asyncio.run(main())
### lock_with_timeouts
import asyncio

def who(t):
    return t.get_name() if t is not None else None

async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.5)
    except asyncio.TimeoutError:
        print('lock timeout', lock, who(lock._owner))
    try:
        await asyncio.wait_for(ev.wait(), 0.25)
    except asyncio.TimeoutError:
        print('event timeout', repr(ev).split('[')[1])
    async def setter():
        await asyncio.sleep(0.1)
        ev.set()
        lock.release()
    t = asyncio.create_task(setter(), name='setter')
    print(await asyncio.wait_for(ev.wait(), 1), await asyncio.wait_for(lock.acquire(), 1), who(lock._owner))
    await t
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    try:
        await asyncio.wait_for(sem.acquire(), 0.1)
    except asyncio.TimeoutError:
        print('sem timeout', repr(sem).split('[')[1], [x.get_name() for x in sem._holders])

asyncio.run(main())
### barrier_cancel_draining
import asyncio

async def main():
    b = asyncio.Barrier(2)
    async def p(n):
        try:
            i = await b.wait()
            print(n, 'index', i, repr(b).split('[')[1])
        except asyncio.CancelledError:
            print(n, 'cancelled', repr(b).split('[')[1], b._count)
            raise
    a = asyncio.create_task(p('a'))
    await asyncio.sleep(0)
    c = asyncio.create_task(p('c'))
    d = asyncio.create_task(p('d'))
    e = asyncio.create_task(p('e'))
    await asyncio.sleep(0)
    print('main', repr(b).split('[')[1], b._count)
    a.cancel()
    res = await asyncio.gather(a, c, d, e, return_exceptions=True)
    print([type(r).__name__ for r in res], repr(b).split('[')[1], b._count)

asyncio.run(main())
### api_misuse_errors
import asyncio
async def main():
    l = asyncio.Lock()
    try:
        with l:
            pass
    except Exception as e:
        print(type(e).__name__, e)
    try:
        await l
    except Exception as e:
        print(type(e).__name__, e)
    try:
        for x in asyncio.Queue():
            pass
    except Exception as e:
        print(type(e).__name__, e)
    try:
        asyncio.Queue(maxsize='a').full()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        asyncio.Semaphore('a')
    except Exception as e:
        print(type(e).__name__, e)
    try:
        asyncio.Barrier(2).wait(1)
    except Exception as e:
        print(type(e).__name__, e)
    print(asyncio.Queue.__class_getitem__.__self__ is asyncio.Queue)
    print(hasattr(asyncio.Lock, '__class_getitem__'), isinstance(asyncio.Lock(), asyncio.locks._ContextManagerMixin))
asyncio.run(main())
