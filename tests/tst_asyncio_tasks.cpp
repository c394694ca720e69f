// asyncio's task helpers (core/asyncio/py/30_tasks.py: gather, wait,
// wait_for, as_completed, shield; 40_timeouts.py: timeout, timeout_at;
// 50_taskgroups.py: TaskGroup; 60_misc.py: the rest of the namespace)
// against CPython 3.11.7: output, exit code and schedule of the programs in
// tools/asyncio_sync_cases/tasks.py (data: tests/data/asyncio_tasks_cases.txt,
// `tools/gen_asyncio_sync_cases.py tasks`); plus the qualnames the trace
// labels callbacks by.
#include "asyncio_sync_cases.h"

#include <QtTest>

class TstAsyncioTasks : public QObject
{
    Q_OBJECT

private slots:
    void cpythonCases_data() { ls::test::addSyncCaseRows("tasks"); }
    void cpythonCases() { ls::test::runSyncCaseRow(); }

    // Callbacks are labelled by __qualname__ (functools.partial unwrapped):
    // these must read as CPython's (the program prints the same on CPython).
    void callbackQualnames()
    {
        const std::string out = ls::test::runCapture(
            "import asyncio, functools\n"
            "def q(cbs):\n"
            "    out = []\n"
            "    for c in cbs:\n"
            "        c = c[0] if isinstance(c, tuple) else c\n"
            "        out.append(c.__qualname__ if not isinstance(c, functools.partial) and type(c).__name__ != 'partial' else 'partial:' + c.func.__qualname__)\n"
            "    return out\n"
            "async def main():\n"
            "    loop = asyncio.get_running_loop()\n"
            "    t = asyncio.create_task(asyncio.sleep(1))\n"
            "    g = asyncio.gather(t)\n"
            "    print(q(t._callbacks))\n"
            "    s = asyncio.shield(t)\n"
            "    print(q(t._callbacks)[1:], q(s._callbacks))\n"
            "    wt = asyncio.create_task(asyncio.wait([t], timeout=5))\n"
            "    await asyncio.sleep(0)\n"
            "    print(q(t._callbacks)[2:])\n"
            "    wf = asyncio.create_task(asyncio.wait_for(t, 4))\n"
            "    await asyncio.sleep(0)\n"
            "    print(q(t._callbacks)[3:])\n"
            "    print(asyncio.Timeout._on_timeout.__qualname__, asyncio.timeout(3).reschedule.__qualname__)\n"
            "    async with asyncio.TaskGroup() as tg:\n"
            "        x = tg.create_task(asyncio.sleep(0))\n"
            "        print(q(x._callbacks))\n"
            "    print(loop.stop.__qualname__, t.cancel.__qualname__, loop.close.__qualname__)\n"
            "    t.cancel()\n"
            "    await asyncio.wait([g, s, wt, wf])\n"
            "asyncio.run(main())\n");
        QCOMPARE(QString::fromStdString(out),
                 QStringLiteral("['gather.<locals>._done_callback']\n"
                 "['shield.<locals>._inner_done_callback'] ['shield.<locals>._outer_done_callback']\n"
                 "['_wait.<locals>._on_completion']\n"
                 "['partial:_release_waiter']\n"
                 "Timeout._on_timeout Timeout.reschedule\n"
                 "['TaskGroup._on_task_done']\n"
                 "BaseEventLoop.stop Task.cancel _UnixSelectorEventLoop.close\n"));
    }
    // Callback sources in reprs as format_helpers: partials show their
    // arguments (reprlib-shortened) and the wrapped function's source;
    // bound methods show no source.
    void callbackReprs()
    {
        const std::string out = ls::test::runCapture(
            "import asyncio, functools\n"
            "def f(*a, **k): pass\n"
            "async def main():\n"
            "    fut = asyncio.get_running_loop().create_future()\n"
            "    fut.add_done_callback(functools.partial(f, 'a'*50, 1234567890123456789, [1,2,3,4,5,6,7,8], (1,), 'héllo wörld ünïcode strings are long', 3.14159, None, True, key='v'))\n"
            "    fut.add_done_callback(functools.partial(functools.partial(f, 1), 2, x=[[[[[[[1]]]]]]]))\n"
            "    print(repr(fut).replace(__file__, 'F'))\n"
            "    async with asyncio.TaskGroup() as tg:\n"
            "        t = tg.create_task(asyncio.sleep(1))\n"
            "        print(repr(t).split(' cb=')[1])\n"
            "asyncio.run(main())\n");
        QCOMPARE(QString::fromStdString(out),
                 QString::fromUtf8("<Future pending cb=[f('aaaaaaaaaaaa...aaaaaaaaaaaaa', 1234567890123456789, [1, 2, 3, 4, 5, 6, ...], (1,), 'héllo wörld ...ings are long', 3.14159, None, True, key='v')() at F:2, f(1, 2, x=[[[[[[[...]]]]]]])() at F:2]>\n"
                 "[TaskGroup._on_task_done()]>\n"));
    }
};

QTEST_GUILESS_MAIN(TstAsyncioTasks)
#include "tst_asyncio_tasks.moc"
