// What a Snapshot holds: tasks with state, awaited object, frames and
// locals; the ready queue linked to tasks; the heap array with cancelled
// timers; sync primitives and queues with owners, values, waiters and
// contents; output with virtual times; the loop phase.
#include <QtTest>

#include "session_scripts.h"

using namespace ls::session;
using ls::test::sessionConfig;
using ls::test::settle;
using St = Session::Status;

namespace {

const TaskView *task(const Snapshot &s, const std::string &name) {
    for (auto &t : s.tasks)
        if (t.name == name) return &t;
    return nullptr;
}

const SyncView *sync(const Snapshot &s, const std::string &name) {
    for (auto &v : s.sync)
        if (v.name == name) return &v;
    return nullptr;
}

std::string local(const FrameView &f, const std::string &name) {
    for (auto &[k, v] : f.locals)
        if (k == name) return v;
    return "<missing>";
}

// Steps by handle until `pred` holds (or the end).
template <class P> SnapshotPtr handleUntil(Session &s, P pred) {
    while (!pred(*s.snapshot()))
        if (settle(s, s.step(Granularity::Handle)) == St::Ended) break;
    return s.snapshot();
}

}  // namespace

class TstSnapshot : public QObject {
    Q_OBJECT

private slots:
    void tasksFramesAndLocals() {
        Session s(sessionConfig(ls::test::kBrewScript));
        // After main's first step and both brews' first steps.
        for (int i = 0; i < 3; ++i) settle(s, s.step(Granularity::Handle));
        auto snap = s.snapshot();
        QCOMPARE(snap->tasks.size(), size_t(3));
        const TaskView *main = task(*snap, "Task-1"), *tea = task(*snap, "Task-2"), *coffee = task(*snap, "Task-3");
        QVERIFY(main && tea && coffee);
        QCOMPARE(main->coro, std::string("main"));
        QCOMPARE(main->state, std::string("suspended"));
        QCOMPARE(main->awaits.kind, std::string("gather"));
        QCOMPARE(main->line, 12);
        QCOMPARE(tea->coro, std::string("brew"));
        QCOMPARE(tea->awaits.kind, std::string("sleep"));
        QCOMPARE(tea->awaits.until, 2.0);
        QCOMPARE(coffee->awaits.until, 1.0);
        // The stack: brew (the script) over asyncio's sleep.
        QVERIFY(tea->stack.size() >= 2);
        QCOMPARE(tea->stack[0].function, std::string("brew"));
        QVERIFY(tea->stack[0].inScript);
        QCOMPARE(tea->stack[0].line, 5);
        QCOMPARE(tea->stack[0].text, std::string("await asyncio.sleep(d)"));
        QCOMPARE(local(tea->stack[0], "name"), std::string("'tea'"));
        QCOMPARE(local(tea->stack[0], "d"), std::string("2"));
        QVERIFY(!tea->stack.back().inScript);
        QCOMPARE(local(main->stack[0], "t1"), std::string("<Task Task-2 suspended>"));
        // Timer heap: CPython's array order, labelled by the task it wakes.
        QCOMPARE(snap->heap.size(), size_t(2));
        QCOMPARE(snap->heap[0].when, 1.0);
        QCOMPARE(snap->heap[0].label, std::string("Task-3"));
        QCOMPARE(snap->heap[1].label, std::string("Task-2"));
        // Output with its virtual time.
        auto out = snap->outputLines();
        QCOMPARE(out.size(), size_t(2));
        QCOMPARE(out[0].text, std::string("start tea\n"));
        QCOMPARE(out[0].t, 0.0);
        QCOMPARE(snap->phase, LoopPhase::RunningHandles);
    }

    void readyQueueIsLinkedToTasks() {
        Session s(sessionConfig(ls::test::kBrewScript));
        settle(s, s.step(Granularity::Iteration));
        settle(s, s.step(Granularity::Iteration));  // tick 2: both brews ready
        auto snap = s.snapshot();
        QCOMPARE(snap->pause, PauseKind::Tick);
        QCOMPARE(snap->phase, LoopPhase::MovingTimers);
        QCOMPARE(snap->ready.size(), size_t(2));
        QCOMPARE(snap->ready[0].label, std::string("step:Task-2"));
        QCOMPARE(snap->ready[0].task, std::string("Task-2"));
        QCOMPARE(task(*snap, "Task-2")->state, std::string("pending"));
        // While a task runs (line pause inside it), it is the one running.
        s.setBreakpoints({Breakpoint{Breakpoint::Kind::Line, 4, {}}});
        settle(s, s.step(Granularity::End));
        QCOMPARE(s.snapshot()->runningTask, std::string("Task-2"));
        QCOMPARE(task(*s.snapshot(), "Task-2")->state, std::string("running"));
        QCOMPARE(task(*s.snapshot(), "Task-2")->stack.back().line, 4);
    }

    void finishedTasksKeepTheirResult() {
        Session s(sessionConfig(ls::test::kBrewScript));
        settle(s, s.step(Granularity::TaskDone, "Task-2"));
        QCOMPARE(task(*s.snapshot(), "Task-2")->state, std::string("finished"));
        QCOMPARE(task(*s.snapshot(), "Task-2")->result, std::string("'tea'"));
        Session f(sessionConfig("import asyncio\nasync def bad():\n    raise KeyError('k')\n"
                                "async def main():\n    t = asyncio.create_task(bad())\n    await asyncio.sleep(0)\n"
                                "    await asyncio.sleep(0)\n    t.cancel()\nasyncio.run(main())\n"));
        settle(f, f.step(Granularity::TaskDone, "Task-2"));
        QCOMPARE(task(*f.snapshot(), "Task-2")->state, std::string("failed"));
        QCOMPARE(task(*f.snapshot(), "Task-2")->exception, std::string("KeyError: k"));
    }

    void lockOwnerAndWaiters() {
        Session s(sessionConfig(ls::test::kLockScript));
        auto snap = handleUntil(s, [](const Snapshot &x) { return x.tasks.size() == 4 && x.tasks[3].state == "suspended"; });
        const SyncView *lock = sync(*snap, "lock");
        QVERIFY(lock);
        QCOMPARE(lock->type, std::string("Lock"));
        QVERIFY(lock->locked);
        QCOMPARE(lock->owners, std::vector<std::string>{"Task-2"});
        QCOMPARE(lock->waiters, (std::vector<std::string>{"Task-3", "Task-4"}));
        QCOMPARE(task(*snap, "Task-3")->awaits.kind, std::string("lock"));
        QCOMPARE(task(*snap, "Task-3")->awaits.target, std::string("lock"));
    }

    // Primitives kept in an object's attribute or in a container are named
    // by the path from the teacher's variable.
    void primitivesInsideObjectsAreNamed() {
        const char *src =
            "import asyncio\n"
            "class Account:\n"
            "    def __init__(self):\n"
            "        self.lock = asyncio.Lock()\n"
            "async def spend(acct, forks):\n"
            "    async with acct.lock:\n"
            "        async with forks[1]:\n"
            "            await asyncio.sleep(1)\n"
            "async def main():\n"
            "    acct = Account()\n"
            "    forks = [asyncio.Lock(), asyncio.Lock()]\n"
            "    await asyncio.gather(spend(acct, forks), spend(acct, forks))\n"
            "asyncio.run(main())\n";
        Session s(sessionConfig(src));
        auto snap = handleUntil(s, [](const Snapshot &x) { return x.tasks.size() == 3 && x.tasks[2].state == "suspended"; });
        const SyncView *account = sync(*snap, "acct.lock"), *fork = sync(*snap, "forks[1]"), *unused = sync(*snap, "forks[0]");
        QVERIFY(account && fork && unused);
        QCOMPARE(account->owners, std::vector<std::string>{"Task-2"});
        QCOMPARE(account->waiters, std::vector<std::string>{"Task-3"});
        QCOMPARE(fork->owners, std::vector<std::string>{"Task-2"});
        QVERIFY(!unused->locked);
        QCOMPARE(task(*snap, "Task-3")->awaits.target, std::string("acct.lock"));
    }

    void semaphoreEventQueue() {
        const char *src =
            "import asyncio\n"
            "async def holder(sem, ev):\n"
            "    async with sem:\n"
            "        await ev.wait()\n"
            "async def consumer(q):\n"
            "    return await q.get()\n"
            "async def main():\n"
            "    sem = asyncio.BoundedSemaphore(2)\n"
            "    ev = asyncio.Event()\n"
            "    q = asyncio.Queue(maxsize=3)\n"
            "    hs = [asyncio.create_task(holder(sem, ev)) for _ in range(3)]\n"
            "    c = asyncio.create_task(consumer(q))\n"
            "    await asyncio.sleep(1)\n"
            "    q.put_nowait('a')\n"
            "    q.put_nowait('b')\n"
            "    q.put_nowait('c')\n"
            "    await asyncio.sleep(1)\n"
            "    ev.set()\n"
            "    await asyncio.gather(*hs)\n"
            "asyncio.run(main())\n";
        Session s(sessionConfig(src));
        settle(s, s.jumpToTime(1.0));
        auto snap = s.snapshot();
        const SyncView *sem = sync(*snap, "sem"), *ev = sync(*snap, "ev"), *q = sync(*snap, "q");
        QVERIFY(sem && ev && q);
        QCOMPARE(sem->type, std::string("BoundedSemaphore"));
        QCOMPARE(sem->value, 0);
        QCOMPARE(sem->capacity, 2);
        QCOMPARE(sem->owners, (std::vector<std::string>{"Task-2", "Task-3"}));
        QCOMPARE(sem->waiters, std::vector<std::string>{"Task-4"});
        QCOMPARE(ev->waiters, (std::vector<std::string>{"Task-2", "Task-3"}));
        QVERIFY(!ev->locked);
        QCOMPARE(q->waiters, std::vector<std::string>{"Task-5"});
        QCOMPARE(q->capacity, 3);
        QCOMPARE(task(*snap, "Task-5")->awaits.kind, std::string("queue_get"));
        QCOMPARE(task(*snap, "Task-2")->awaits.kind, std::string("event"));
        QCOMPARE(task(*snap, "Task-4")->awaits.kind, std::string("semaphore"));
        settle(s, s.jumpToTime(2.0));
        q = sync(*s.snapshot(), "q");
        QVERIFY(q);
        QCOMPARE(q->contents, (std::vector<std::string>{"'b'", "'c'"}));
        QCOMPARE(q->value, 2);
        QCOMPARE(task(*s.snapshot(), "Task-5")->result, std::string("'a'"));
    }

    void cancelledTimersStayInTheHeapArray() {
        // Task-2's 5 s timer is cancelled while main's 1 s timer is the
        // heap's root: CPython leaves it in the array, flagged, until it
        // reaches the root.
        const char *src =
            "import asyncio\n"
            "async def main():\n"
            "    t = asyncio.create_task(asyncio.sleep(5))\n"
            "    await asyncio.sleep(0)\n"
            "    t.cancel()\n"
            "    await asyncio.sleep(1)\n"
            "asyncio.run(main())\n";
        Session s(sessionConfig(src));
        auto snap = handleUntil(s, [](const Snapshot &x) {
            for (auto &t : x.heap) if (t.cancelled) return true;
            return false;
        });
        QVERIFY(!snap->ended);
        QCOMPARE(snap->heap.size(), size_t(2));
        QCOMPARE(snap->heap[0].when, 1.0);
        QVERIFY(!snap->heap[0].cancelled);
        QCOMPARE(snap->heap[1].when, 5.0);
        QVERIFY(snap->heap[1].cancelled);
    }

    void snapshotsAreSharedAndImmutable() {
        Session s(sessionConfig(ls::test::kBrewScript));
        settle(s, s.step(Granularity::Output));
        SnapshotPtr first = s.snapshot();
        const std::string text = first->outputLines()[0].text;
        while (settle(s, s.step(Granularity::Output)) != St::Ended) {
        }
        // The old snapshot still shows its own moment.
        QCOMPARE(first->outputCount, size_t(1));
        QCOMPARE(first->outputLines()[0].text, text);
        QCOMPARE(s.snapshot()->outputCount, size_t(5));
    }
};

QTEST_GUILESS_MAIN(TstSnapshot)
#include "tst_snapshot.moc"
