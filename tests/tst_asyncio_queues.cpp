// asyncio's queues (core/asyncio/py/20_queues.py: Queue, PriorityQueue,
// LifoQueue) against CPython 3.11.7: output, exit code and schedule of the
// programs in tools/asyncio_sync_cases/queues.py (data:
// tests/data/asyncio_queues_cases.txt, tools/gen_asyncio_sync_cases.py),
// among them the sequence of '<' calls PriorityQueue's heap makes; plus the
// module layout.
#include "asyncio_sync_cases.h"

#include <QtTest>

class TstAsyncioQueues : public QObject
{
    Q_OBJECT

private slots:
    void cpythonCases_data() { ls::test::addSyncCaseRows("queues"); }
    void cpythonCases() { ls::test::runSyncCaseRow(); }

    void moduleLayout()
    {
        const std::string out = ls::test::runCapture(
            "import asyncio\n"
            "for n in ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty'):\n"
            "    c = getattr(asyncio, n)\n"
            "    print(n, c.__module__, c is getattr(asyncio.queues, n))\n"
            "print(asyncio.Queue.put.__qualname__, asyncio.Queue.maxsize.fget.__doc__)\n");
        QCOMPARE(QString::fromStdString(out),
                 QStringLiteral("Queue asyncio.queues True\n"
                                "PriorityQueue asyncio.queues True\n"
                                "LifoQueue asyncio.queues True\n"
                                "QueueFull asyncio.queues True\n"
                                "QueueEmpty asyncio.queues True\n"
                                "Queue.put Number of items allowed in the queue.\n"));
    }
};

QTEST_GUILESS_MAIN(TstAsyncioQueues)
#include "tst_asyncio_queues.moc"
