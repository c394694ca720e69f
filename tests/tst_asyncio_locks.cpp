// asyncio's synchronization primitives (core/asyncio/py/10_locks.py: Lock,
// Event, Condition, Semaphore, BoundedSemaphore, Barrier) against CPython
// 3.11.7: output, exit code and schedule of the programs in
// tools/asyncio_sync_cases/locks.py (data: tests/data/asyncio_locks_cases.txt,
// tools/gen_asyncio_sync_cases.py), including the teaching fields
// Lock._owner and Semaphore._holders; plus the module layout the views rely
// on.
#include "asyncio_sync_cases.h"

#include <QtTest>

class TstAsyncioLocks : public QObject
{
    Q_OBJECT

private slots:
    void cpythonCases_data() { ls::test::addSyncCaseRows("locks"); }
    void cpythonCases() { ls::test::runSyncCaseRow(); }

    // The classes read as CPython's (asyncio.locks), the helpers stay private.
    void moduleLayout()
    {
        const std::string out = ls::test::runCapture(
            "import asyncio\n"
            "for n in ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier'):\n"
            "    c = getattr(asyncio, n)\n"
            "    print(n, c.__module__, c.__qualname__, c is getattr(asyncio.locks, n))\n"
            "print(asyncio._LoopBoundMixin.__module__, asyncio.Lock._owner, asyncio.Lock.acquire.__qualname__)\n"
            "print(asyncio.Lock.__aenter__.__qualname__, asyncio.BrokenBarrierError.__mro__[1].__name__)\n");
        QCOMPARE(QString::fromStdString(out),
                 QStringLiteral("Lock asyncio.locks Lock True\n"
                                "Event asyncio.locks Event True\n"
                                "Condition asyncio.locks Condition True\n"
                                "Semaphore asyncio.locks Semaphore True\n"
                                "BoundedSemaphore asyncio.locks BoundedSemaphore True\n"
                                "Barrier asyncio.locks Barrier True\n"
                                "asyncio.mixins None Lock.acquire\n"
                                "_ContextManagerMixin.__aenter__ RuntimeError\n"));
    }

    // The teaching fields never leak into CPython's reprs or behaviour: a
    // Lock's _owner is a class default until the first acquire.
    void teachingFieldsAreQuiet()
    {
        const std::string out = ls::test::runCapture(
            "import asyncio\n"
            "l = asyncio.Lock(); s = asyncio.Semaphore(2)\n"
            "print(sorted(vars(l)), sorted(vars(s)))\n"
            "async def main():\n"
            "    async with l, s:\n"
            "        print(l._owner is asyncio.current_task(), s._holders == [asyncio.current_task()])\n"
            "    print(l._owner, s._holders, repr(l).endswith('[unlocked]>'), repr(s).endswith('[unlocked, value:2]>'))\n"
            "asyncio.run(main())\n");
        QCOMPARE(QString::fromStdString(out),
                 QStringLiteral("['_locked', '_waiters'] ['_holders', '_value', '_waiters']\n"
                                "True True\n"
                                "None [] True True\n"));
    }
};

QTEST_GUILESS_MAIN(TstAsyncioLocks)
#include "tst_asyncio_locks.moc"
