### gather_results_and_types
import asyncio

async def work(n, d):
    await asyncio.sleep(d)
    return n * 10

async def main():
    g = asyncio.gather(work(1, 0.3), work(2, 0.1), work(3, 0.2))
    print(type(g).__name__, type(g).__module__, g.done(), repr(g).split(' cb=')[0])
    print(await g, g.done(), g.result())
    e = asyncio.gather()
    print(e.done(), e.result(), type(e).__name__)
    c = work(4, 0)
    print(await asyncio.gather(c, c, work(5, 0)))

asyncio.run(main())
### gather_first_exception_others_continue
import asyncio

async def ok(n, d):
    await asyncio.sleep(d)
    print('ok', n, 'finishes at', asyncio.get_running_loop().time())
    return n

async def bad(d):
    await asyncio.sleep(d)
    raise ValueError('bad at %s' % d)

async def main():
    ts = [asyncio.create_task(ok(1, 0.5)), asyncio.create_task(bad(0.2)), asyncio.create_task(ok(2, 0.1))]
    try:
        await asyncio.gather(*ts)
    except ValueError as e:
        print('gather raised', repr(e), [t.done() for t in ts])
    await asyncio.sleep(1)
    print([t.result() if not t.exception() else repr(t.exception()) for t in ts])

asyncio.run(main())
### gather_return_exceptions_and_cancelled_child
import asyncio

async def sleeper(d, r):
    await asyncio.sleep(d)
    if isinstance(r, BaseException):
        raise r
    return r

async def main():
    a = asyncio.create_task(sleeper(0.1, 'a'))
    b = asyncio.create_task(sleeper(0.2, KeyError('k')))
    c = asyncio.create_task(sleeper(5, 'c'))
    asyncio.get_running_loop().call_later(0.15, c.cancel, 'stop c')
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(x).__name__ for x in res], res[2].args)

asyncio.run(main())
### gather_child_cancelled_propagates
import asyncio

async def forever():
    await asyncio.sleep(100)

async def main():
    t1 = asyncio.create_task(forever())
    t2 = asyncio.create_task(asyncio.sleep(0.3, 'x'))
    asyncio.get_running_loop().call_later(0.1, t1.cancel, 'bye')
    try:
        await asyncio.gather(t1, t2)
    except asyncio.CancelledError as e:
        print('main got CancelledError', e.args, asyncio.current_task().cancelling())
    print(t2.done())
    print(await t2)

asyncio.run(main())
### gather_outer_cancel_cancels_children
import asyncio

async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('child', n, 'cancelled', e.args)
        raise

async def main():
    g = asyncio.gather(child(1), child(2), return_exceptions=True)
    await asyncio.sleep(0.5)
    print('cancel ->', g.cancel('enough'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('outer cancelled', e.args, g.cancelled())
    print('cancel again ->', g.cancel())

asyncio.run(main())
### gather_awaiting_task_cancelled
import asyncio

async def child(n):
    try:
        await asyncio.sleep(10)
        return n
    except asyncio.CancelledError:
        print('child', n, 'cancelled')
        raise

async def parent():
    return await asyncio.gather(child(1), child(2))

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.2)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('parent cancelled', p.cancelled())

asyncio.run(main())
### gather_futures_and_nested
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    loop.call_later(0.2, f1.set_result, 'one')
    loop.call_later(0.1, f2.set_result, 'two')
    inner = asyncio.gather(asyncio.sleep(0.3, 'x'), f2)
    print(await asyncio.gather(f1, inner, asyncio.sleep(0, 'z')))

asyncio.run(main())
### gather_cancel_after_error_does_nothing
import asyncio

async def boom():
    await asyncio.sleep(0.1)
    raise RuntimeError('boom')

async def slow():
    await asyncio.sleep(1)
    return 'slow done'

async def main():
    s = asyncio.create_task(slow())
    g = asyncio.gather(boom(), s)
    try:
        await g
    except RuntimeError as e:
        print('caught', e)
    print('cancel after error:', g.cancel(), s.cancelled())
    print(await s)

asyncio.run(main())
### wait_all_first_completed_first_exception
import asyncio

async def job(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(n)
    return n

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    ts = [asyncio.create_task(job(i, 0.1 * (i + 1)), name='j%d' % i) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('first:', names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print('all:', names(done), names(pending))
    ts = [asyncio.create_task(job(0, 0.5), name='slow'), asyncio.create_task(job(1, 0.2, True), name='fails'),
          asyncio.create_task(job(2, 0.1), name='quick')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('first exc:', names(done), names(pending), asyncio.get_running_loop().time())
    done, pending = await asyncio.wait(ts, timeout=0.1)
    print('timeout:', names(done), names(pending), round(asyncio.get_running_loop().time(), 3))
    await asyncio.wait(pending)

asyncio.run(main())
### wait_errors
import asyncio

async def c():
    return 1

async def main():
    for args, kw in [((), {}), (([],), {}), ((asyncio.sleep(0),), {}), (([asyncio.create_task(c())],), {'return_when': 'SOMETIMES'})]:
        try:
            await asyncio.wait(*args, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    co = c()
    try:
        await asyncio.wait([co])
    except TypeError as e:
        print('TypeError', e)
    co.close()
    fut = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait(fut)
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
### wait_timeout_then_cancel_pending
import asyncio

async def tick(n):
    try:
        await asyncio.sleep(n)
        return n
    finally:
        print('tick', n, 'leaves at', asyncio.get_running_loop().time())

async def main():
    ts = [asyncio.create_task(tick(n)) for n in (0.1, 0.4, 0.9)]
    done, pending = await asyncio.wait(ts, timeout=0.5)
    print(len(done), len(pending))
    for t in ts:
        if t in pending:
            t.cancel()
    done2, pending2 = await asyncio.wait(ts)
    print(len(done2), len(pending2), [t.cancelled() for t in ts])

asyncio.run(main())
### wait_cancelled_while_waiting
import asyncio

async def waiter(ts):
    try:
        await asyncio.wait(ts)
    except asyncio.CancelledError:
        print('wait cancelled; children done?', [t.done() for t in ts])
        raise

async def main():
    ts = [asyncio.create_task(asyncio.sleep(1)) for _ in range(2)]
    w = asyncio.create_task(waiter(ts))
    await asyncio.sleep(0.3)
    w.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(w.cancelled(), [t.done() for t in ts])
    await asyncio.wait(ts)

asyncio.run(main())
### wait_for_timeout_and_success
import asyncio

async def slow(d):
    try:
        await asyncio.sleep(d)
        return 'slept %s' % d
    except asyncio.CancelledError:
        print('slow(%s) cancelled at %s' % (d, asyncio.get_running_loop().time()))
        raise

async def main():
    print(await asyncio.wait_for(slow(0.1), 1))
    try:
        await asyncio.wait_for(slow(5), 0.5)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__, type(e.__cause__).__name__, asyncio.get_running_loop().time())
    print(await asyncio.wait_for(slow(0.2), None))

asyncio.run(main())
### wait_for_zero_and_negative
import asyncio

async def quick():
    return 'q'

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result('ready')
    print(await asyncio.wait_for(f, 0))
    try:
        await asyncio.wait_for(quick(), 0)
    except asyncio.TimeoutError:
        print('zero timeout on a fresh coroutine -> TimeoutError')
    try:
        await asyncio.wait_for(asyncio.sleep(1), -1)
    except asyncio.TimeoutError:
        print('negative timeout -> TimeoutError', loop.time())

asyncio.run(main())
### wait_for_inner_swallows_cancel
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn: ignoring cancel, cleaning up')
        await asyncio.sleep(0.2)
        return 'finished anyway'

async def main():
    r = await asyncio.wait_for(stubborn(), 0.5)
    print('wait_for returned', r, asyncio.get_running_loop().time())

asyncio.run(main())
### wait_for_outer_cancelled
import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('inner cancelled')
        raise

async def outer():
    try:
        await asyncio.wait_for(inner(), 5)
    except asyncio.CancelledError:
        print('outer cancelled at', asyncio.get_running_loop().time())
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('main: outer task cancelled', t.cancelled())

asyncio.run(main())
### wait_for_nested_and_task_exception
import asyncio

async def fail_later():
    await asyncio.sleep(0.2)
    raise KeyError('nope')

async def main():
    try:
        await asyncio.wait_for(asyncio.wait_for(fail_later(), 1), 2)
    except KeyError as e:
        print('KeyError', e)
    try:
        await asyncio.wait_for(asyncio.wait_for(asyncio.sleep(3), 2), 1)
    except asyncio.TimeoutError:
        print('outer timeout fired first at', asyncio.get_running_loop().time())
    try:
        await asyncio.wait_for(asyncio.wait_for(asyncio.sleep(3), 1), 2)
    except asyncio.TimeoutError:
        print('inner timeout fired first at', asyncio.get_running_loop().time())

asyncio.run(main())
### as_completed_order_and_timeout
import asyncio

async def job(n, d):
    await asyncio.sleep(d)
    return n

async def main():
    ts = [asyncio.create_task(job(i, d)) for i, d in enumerate((0.3, 0.1, 0.2))]
    for c in asyncio.as_completed(ts):
        print('got', await c, asyncio.get_running_loop().time())
    ts = [asyncio.create_task(job(i, d)) for i, d in enumerate((0.3, 1.5, 0.2))]
    try:
        for c in asyncio.as_completed(ts, timeout=1):
            print('got', await c)
    except asyncio.TimeoutError:
        print('timed out at', asyncio.get_running_loop().time())
    print(await ts[1])

asyncio.run(main())
### as_completed_errors_and_futures
import asyncio

async def bad():
    await asyncio.sleep(0.1)
    raise ValueError('bad')

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.2, f.set_result, 'future')
    t = asyncio.create_task(bad())
    it = asyncio.as_completed([t, f])
    print(type(it).__name__)
    for c in it:
        try:
            print(await c)
        except ValueError as e:
            print('raised', e)
    try:
        asyncio.as_completed(f)
    except TypeError as e:
        print('TypeError', e)
    for c in asyncio.as_completed([]):
        print('never')
    print('empty ok')

asyncio.run(main())
### shield_outer_cancel_inner_lives
import asyncio

async def important():
    await asyncio.sleep(1)
    print('important work done at', asyncio.get_running_loop().time())
    return 42

async def caller(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print('caller cancelled; inner cancelled?', t.cancelled())
        raise

async def main():
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.5)
    c.cancel()
    await asyncio.sleep(0)
    print(c.cancelled(), c.done())
    print('inner result', await inner)

asyncio.run(main())
### shield_inner_result_exception_cancel
import asyncio

async def boom():
    await asyncio.sleep(0.1)
    raise OSError('disk')

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.shield(asyncio.sleep(0.1, 'value')))
    try:
        await asyncio.shield(boom())
    except OSError as e:
        print('OSError', e)
    t = asyncio.create_task(asyncio.sleep(1))
    loop.call_later(0.2, t.cancel)
    try:
        await asyncio.shield(t)
    except asyncio.CancelledError:
        print('inner cancelled -> outer cancelled', loop.time())
    done = loop.create_future()
    done.set_result('done already')
    print(asyncio.shield(done) is done, await asyncio.shield(done))

asyncio.run(main())
### shield_with_wait_for
import asyncio

async def slow():
    await asyncio.sleep(2)
    print('slow finished at', asyncio.get_running_loop().time())
    return 'result'

async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(asyncio.shield(t), 1)
    except asyncio.TimeoutError:
        print('timed out, task still running:', not t.done())
    print(await t)

asyncio.run(main())
### timeout_basic_expired_repr
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(0.5)
    print(repr(cm).startswith('<Timeout [created]'), cm.when() == loop.time() + 0.5)
    try:
        async with cm as t:
            print(t is cm, repr(t), t.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('TimeoutError', type(e).__name__, type(e.__cause__).__name__, repr(cm), cm.expired(), loop.time())
    async with asyncio.timeout(2) as t:
        await asyncio.sleep(0.1)
    print(repr(t), t.expired(), asyncio.current_task().cancelling())

asyncio.run(main())
### timeout_reschedule_and_none
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as t:
        print(repr(t), t.when())
        await asyncio.sleep(0.2)
        t.reschedule(loop.time() + 0.3)
        print(repr(t))
        await asyncio.sleep(0.1)
        t.reschedule(loop.time() + 1)
        await asyncio.sleep(0.5)
        t.reschedule(None)
        await asyncio.sleep(2)
    print('survived at', loop.time(), t.expired())
    try:
        async with asyncio.timeout(5) as t:
            t.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print('past deadline -> TimeoutError at', loop.time())
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        asyncio.timeout(1).reschedule(1)
    except RuntimeError as e:
        print('RuntimeError', e)

asyncio.run(main())
### timeout_at_and_zero
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.25):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at fired at', loop.time())
    try:
        async with asyncio.timeout(0):
            print('body runs')
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('zero timeout at', loop.time())
    async with asyncio.timeout(0) as t:
        print('no await: no timeout', t.expired())
    print(repr(t))

asyncio.run(main())
### timeout_nested
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print('inner caught (wrong)')
    except TimeoutError:
        print('outer expired', outer.expired(), 'inner expired', inner.expired(), loop.time())
    try:
        async with asyncio.timeout(5) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print('inner expired', inner.expired(), 'outer', outer.expired(), loop.time())
            await asyncio.sleep(1)
    except TimeoutError:
        print('wrong')
    print('done', loop.time(), asyncio.current_task().cancelling())

asyncio.run(main())
### timeout_with_external_cancel
import asyncio

async def worker():
    try:
        async with asyncio.timeout(5):
            await asyncio.sleep(10)
    except TimeoutError:
        print('wrong: TimeoutError')
    except asyncio.CancelledError:
        print('worker sees CancelledError at', asyncio.get_running_loop().time())
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled())

asyncio.run(main())
### timeout_errors_outside_task
import asyncio

async def main():
    t = asyncio.timeout(1)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    print(repr(t))

asyncio.run(main())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print('RuntimeError', e)
### timeout_swallowed_cancel
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.2) as t:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('body swallows the cancel at', loop.time())
            await asyncio.sleep(0.1)
            print('body continues')
    except TimeoutError:
        print('TimeoutError anyway?')
    print('after', t.expired(), repr(t), asyncio.current_task().cancelling(), loop.time())

asyncio.run(main())
### taskgroup_basic_results_names
import asyncio

async def work(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        ts = [tg.create_task(work(n), name='w%d' % n) for n in (3, 1, 2)]
        print(repr(tg), [t.get_name() for t in ts])
    print(repr(tg), [t.result() for t in ts], asyncio.get_running_loop().time())

asyncio.run(main())
### taskgroup_child_fails_siblings_cancelled
import asyncio

async def ok(n):
    try:
        await asyncio.sleep(1)
        return n
    except asyncio.CancelledError:
        print('ok', n, 'cancelled at', asyncio.get_running_loop().time())
        raise

async def bad():
    await asyncio.sleep(0.3)
    raise ValueError('bad child')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(ok(1))
            tg.create_task(bad())
            await asyncio.sleep(5)
            print('not reached')
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions], a.cancelled())
    print('cancelling', asyncio.current_task().cancelling())

asyncio.run(main())
### taskgroup_two_failures
import asyncio

async def fail(d, exc):
    await asyncio.sleep(d)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.1, ValueError('v')))
            tg.create_task(fail(0.1, TypeError('t')))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, str(eg), sorted(type(e).__name__ for e in eg.exceptions))

asyncio.run(main())
### taskgroup_body_raises
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('child cancelled at', asyncio.get_running_loop().time())
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(child())
            await asyncio.sleep(0.1)
            raise ZeroDivisionError('body')
    except ExceptionGroup as eg:
        print('group', [repr(e) for e in eg.exceptions], t.cancelled())

asyncio.run(main())
### taskgroup_parent_cancelled
import asyncio

async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('child', n, 'cancelled')
        raise

async def parent():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
        await asyncio.sleep(10)

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.5)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('parent cancelled', p.cancelled())

asyncio.run(main())
### taskgroup_nested_and_create_after
import asyncio

async def leaf(n):
    await asyncio.sleep(0.1 * n)
    print('leaf', n)
    return n

async def branch(n):
    async with asyncio.TaskGroup() as tg:
        for i in range(2):
            tg.create_task(leaf(n * 10 + i))
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(branch(1))
        b = tg.create_task(branch(2))
    print(a.result(), b.result())
    try:
        tg.create_task(leaf(0))
    except RuntimeError as e:
        print('RuntimeError', str(e))
    g = asyncio.TaskGroup()
    co = leaf(9)
    try:
        g.create_task(co)
    except RuntimeError as e:
        print('RuntimeError', str(e))
    co.close()

asyncio.run(main())
### taskgroup_child_spawns_child
import asyncio

async def spawner(tg, depth):
    print('spawner', depth, asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    if depth < 3:
        tg.create_task(spawner(tg, depth + 1))
    return depth

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 1))
    print('all done at', asyncio.get_running_loop().time())

asyncio.run(main())
### taskgroup_fail_while_exiting
import asyncio

async def late_fail():
    await asyncio.sleep(0.5)
    raise RuntimeError('late')

async def sibling():
    try:
        await asyncio.sleep(2)
    except asyncio.CancelledError:
        print('sibling cancelled at', asyncio.get_running_loop().time())
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(late_fail())
            tg.create_task(sibling())
            print('body done')
    except ExceptionGroup as eg:
        print('group', [str(e) for e in eg.exceptions])
    print('after at', asyncio.get_running_loop().time())

asyncio.run(main())
### taskgroup_uncaught_group
import asyncio

async def bad():
    raise LookupError('missing')

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad())

asyncio.run(main())
### create_task_cancel_chain
import asyncio

async def leaf():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('leaf cancelled', e.args)
        raise

async def middle():
    t = asyncio.create_task(leaf(), name='leaf')
    try:
        await t
    except asyncio.CancelledError as e:
        print('middle sees', e.args, t.cancelled())
        raise

async def main():
    m = asyncio.create_task(middle(), name='middle')
    await asyncio.sleep(0.1)
    print(m.cancel('from main'), m.cancelling())
    try:
        await m
    except asyncio.CancelledError as e:
        print('main sees', e.args, m.cancelled())

asyncio.run(main())
### cancel_uncancel_counts
import asyncio

async def victim():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            t = asyncio.current_task()
            print('caught', i, 'cancelling', t.cancelling(), 'uncancel ->', t.uncancel())
    return 'survived'

async def main():
    t = asyncio.create_task(victim())
    for _ in range(3):
        await asyncio.sleep(0.1)
        t.cancel()
        t.cancel()
    print(await t)

asyncio.run(main())
### sleep_result_and_cancel_timer
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0.1, 'r1'), await asyncio.sleep(0, 'r0'), await asyncio.sleep(-1, 'neg'))
    t = asyncio.create_task(asyncio.sleep(5, 'never'))
    await asyncio.sleep(0.1)
    print(len(loop._scheduled))
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), loop.time())

asyncio.run(main())
### namespace_names
import asyncio
print(asyncio.wait_for.__qualname__, asyncio.TaskGroup.__module__,
      asyncio.Timeout.__module__, asyncio.timeout.__name__, asyncio.TimeoutError is TimeoutError)
print(asyncio.exceptions.CancelledError is asyncio.CancelledError, asyncio.tasks.gather is asyncio.gather)
print(asyncio.DefaultEventLoopPolicy.__name__, type(asyncio.get_event_loop_policy()).__name__)
print(issubclass(asyncio.SendfileNotAvailableError, RuntimeError), issubclass(asyncio.Protocol, asyncio.BaseProtocol))
print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
try:
    asyncio.set_event_loop_policy(42)
except TypeError as e:
    print('TypeError', e)
### gather_same_tick_completions
import asyncio

async def job(n):
    await asyncio.sleep(0.5)
    print('job', n, 'returns')
    return n

async def watcher(g):
    r = await g
    print('watcher got', r)

async def main():
    g = asyncio.gather(*(job(i) for i in range(4)))
    w = asyncio.create_task(watcher(g))
    print('main got', await g)
    await w

asyncio.run(main())
### wait_for_tie_with_timeout
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        print(await asyncio.wait_for(asyncio.sleep(1, 'inner won'), 1))
    except asyncio.TimeoutError:
        print('timeout won at', loop.time())
    f = loop.create_future()
    loop.call_later(1, f.set_result, 'future won')
    try:
        print(await asyncio.wait_for(f, 1))
    except asyncio.TimeoutError:
        print('timeout won for the future; cancelled:', f.cancelled(), loop.time())

asyncio.run(main())
### wait_for_future_cancelled_on_timeout
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        await asyncio.wait_for(f, 0.3)
    except asyncio.TimeoutError:
        print('timeout; future cancelled:', f.cancelled())
    t = asyncio.create_task(asyncio.sleep(10))
    try:
        await asyncio.wait_for(t, 0.2)
    except asyncio.TimeoutError:
        print('timeout; task cancelled:', t.cancelled(), loop.time())

asyncio.run(main())
### as_completed_same_tick
import asyncio

async def job(n):
    await asyncio.sleep(0.2)
    return n

async def main():
    ts = [asyncio.create_task(job(i)) for i in range(3)]
    out = []
    for c in asyncio.as_completed(ts):
        out.append(await c)
    print(sorted(out), asyncio.get_running_loop().time())

asyncio.run(main())
### taskgroup_child_fails_while_parent_waits_on_future
import asyncio

async def bad():
    await asyncio.sleep(0.2)
    raise ValueError('child')

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad())
            try:
                await f
            except asyncio.CancelledError:
                print('body cancelled by the group at', loop.time(), asyncio.current_task().cancelling())
                raise
    except ExceptionGroup as eg:
        print('group', [repr(e) for e in eg.exceptions], f.cancelled(), asyncio.current_task().cancelling())
    await asyncio.sleep(0.1)
    print('main continues', loop.time())

asyncio.run(main())
### taskgroup_with_timeout
import asyncio

async def slow(n):
    try:
        await asyncio.sleep(n)
        print('slow', n, 'done')
    except asyncio.CancelledError:
        print('slow', n, 'cancelled at', asyncio.get_running_loop().time())
        raise

async def main():
    try:
        async with asyncio.timeout(0.5):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow(0.2))
                tg.create_task(slow(2))
    except TimeoutError:
        print('TimeoutError at', asyncio.get_running_loop().time(), asyncio.current_task().cancelling())

asyncio.run(main())
### timeout_exact_tie_with_inner
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as t:
            await asyncio.sleep(1)
        print('body finished first', t.expired())
    except TimeoutError:
        print('timeout first', loop.time())
    try:
        async with asyncio.timeout(1) as t:
            await asyncio.sleep(0.5)
            await asyncio.sleep(0.5)
        print('body finished first', t.expired())
    except TimeoutError:
        print('timeout first', loop.time())

asyncio.run(main())
### shield_outer_cancel_and_inner_done_same_tick
import asyncio

async def inner():
    await asyncio.sleep(1)
    return 'inner'

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(inner())
    s = asyncio.shield(t)
    loop.call_later(1, s.cancel)
    try:
        print(await s)
    except asyncio.CancelledError:
        print('outer cancelled at', loop.time())
    print(await t)

asyncio.run(main())
### gather_of_futures_cancel
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fs = [loop.create_future() for _ in range(3)]
    g = asyncio.gather(*fs)
    fs[0].set_result(0)
    await asyncio.sleep(0)
    print(g.cancel('stop'), [f.cancelled() for f in fs])
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args, g.cancelled())

asyncio.run(main())
### wait_first_completed_with_futures_and_timeout
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    loop.call_later(0.5, f2.set_exception, RuntimeError('f2'))
    done, pending = await asyncio.wait([f1, f2], timeout=2, return_when=asyncio.FIRST_EXCEPTION)
    print(done == {f2}, pending == {f1}, loop.time(), repr(f2.exception()))
    done, pending = await asyncio.wait([f1], timeout=0.25)
    print(len(done), len(pending), loop.time())

asyncio.run(main())
### ensure_future_awaitable_and_errors
import asyncio

class Awaitable:
    def __await__(self):
        loop = asyncio.get_running_loop()
        f = loop.create_future()
        loop.call_later(0.1, f.set_result, 'from awaitable')
        return (yield from f)

async def main():
    t = asyncio.ensure_future(Awaitable())
    print(type(t).__name__, await t)
    print(await asyncio.gather(Awaitable(), asyncio.sleep(0, 'z')))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError', e)
    try:
        await asyncio.gather(42)
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
