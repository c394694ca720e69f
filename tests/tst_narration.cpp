// Narration: structured items rendered by one formatter in English and
// Chinese; narrate() turns the difference between two Snapshots into the
// sentence the window shows.
#include <QtTest>

#include "session_scripts.h"

using namespace ls::session;
using ls::test::sessionConfig;
using ls::test::settle;

class TstNarration : public QObject {
    Q_OBJECT

private slots:
    void formatterBothLanguages() {
        Narration n;
        n.items = {{NarrationKind::TaskReached, {"Task-2", "await asyncio.sleep(2)"}},
                   {NarrationKind::TimerAdded, {"2.00"}},
                   {NarrationKind::TaskSuspended, {"Task-2"}}};
        QCOMPARE(QString::fromStdString(formatNarration(n, Language::English)),
                 QStringLiteral("Task-2 reached `await asyncio.sleep(2)`: a timer for t=2.00 joined the heap and Task-2 is suspended"));
        QCOMPARE(QString::fromStdString(formatNarration(n, Language::Chinese)),
                 QStringLiteral("Task-2 执行到 `await asyncio.sleep(2)`：定时器堆加入 t=2.00 的定时器，Task-2 挂起"));
    }

    void formatterShapes() {
        Narration one;
        one.items = {{NarrationKind::ClockMoved, {"1.00", "2.00"}}};
        QCOMPARE(formatNarration(one, Language::English), std::string("The clock moved from t=1.00 to t=2.00"));
        QCOMPARE(formatNarration(one, Language::Chinese), std::string("时钟从 t=1.00 前进到 t=2.00"));
        Narration two = one;
        two.items.push_back({NarrationKind::TimerExpired, {"Task-2", "2.00"}});
        QCOMPARE(formatNarration(two, Language::English),
                 std::string("The clock moved from t=1.00 to t=2.00: the timer Task-2 (t=2.00) moved to the ready queue"));
        QVERIFY(formatNarration(Narration{}, Language::English).empty());
        QCOMPARE(std::string(narrationKindName(NarrationKind::LockTaken)), std::string("LockTaken"));
    }

    // Every kind has a sentence in both languages that uses all its args.
    void everyKindHasBothLanguages() {
        for (int k = int(NarrationKind::RunStarted); k <= int(NarrationKind::TaskWaits); ++k) {
            NarrationItem item{NarrationKind(k), {"A1", "A2", "A3"}};
            std::string en = formatNarrationItem(item, Language::English), zh = formatNarrationItem(item, Language::Chinese);
            QVERIFY2(!en.empty() && !zh.empty(), narrationKindName(NarrationKind(k)));
            QVERIFY(en != zh);
            QCOMPARE(en.find('%'), std::string::npos);
            QCOMPARE(zh.find('%'), std::string::npos);
            for (const char *a : {"A1", "A2", "A3"})
                QCOMPARE(en.find(a) != std::string::npos, zh.find(a) != std::string::npos);
        }
    }

    // The example, produced by a real step of a real script.
    void sleepStepNarration() {
        const char *src =
            "import asyncio\n"
            "async def brew():\n"
            "    await asyncio.sleep(2)\n"
            "async def main():\n"
            "    await asyncio.create_task(brew())\n"
            "asyncio.run(main())\n";
        Session s(sessionConfig(src));
        settle(s, s.step(Granularity::Handle));  // main creates Task-2 and awaits it
        settle(s, s.step(Granularity::Handle));  // Task-2 runs to its sleep
        const Narration &n = s.snapshot()->narration;
        QCOMPARE(formatNarration(n, Language::English),
                 std::string("Task-2 reached `await asyncio.sleep(2)`: a timer for t=2.00 joined the heap and Task-2 is suspended"));
        QCOMPARE(formatNarration(n, Language::Chinese),
                 std::string("Task-2 执行到 `await asyncio.sleep(2)`：定时器堆加入 t=2.00 的定时器，Task-2 挂起"));
        // The clock step and the expiry.
        settle(s, s.step(Granularity::Clock));
        QCOMPARE(s.snapshot()->narration.items[0].kind, NarrationKind::ClockMoved);
        settle(s, s.step(Granularity::Iteration));
        const auto &items = s.snapshot()->narration.items;
        QCOMPARE(items[0].kind, NarrationKind::LoopIteration);
        QVERIFY(std::any_of(items.begin(), items.end(), [](auto &i) { return i.kind == NarrationKind::TimerExpired; }));
    }

    // Before it polls, the loop computes how long it may wait: the phase
    // that explains why the clock jumps.
    void timeoutPhase() {
        Session s(sessionConfig(ls::test::kBrewScript));
        bool sawZero = false;
        while (settle(s, s.step(Granularity::Event)) != Session::Status::Ended) {
            auto snap = s.snapshot();
            if (snap->pause != PauseKind::Timeout) {
                QCOMPARE(snap->timeout, -1.0);
                continue;
            }
            QCOMPARE(snap->phase, LoopPhase::ComputingTimeout);
            const std::string en = formatNarration(snap->narration, Language::English);
            if (snap->timeout == 0) {
                QVERIFY(!snap->ready.empty());
                QVERIFY2(en.rfind("The loop sets its poll timeout to 0: ", 0) == 0, en.c_str());
                sawZero = true;
                continue;
            }
            // Both brews sleep from t=0: coffee's timer (t=1) is the earliest.
            QCOMPARE(snap->t, 0.0);
            QCOMPARE(snap->timeout, 1.0);
            QCOMPARE(en, std::string("The ready queue is empty: the loop may wait 1.00 s, until the earliest timer at t=1.00"));
            QCOMPARE(formatNarration(snap->narration, Language::Chinese),
                     std::string("就绪队列为空：事件循环最多等待 1.00 秒，直到最早的定时器 t=1.00"));
            settle(s, s.step(Granularity::Event));
            QCOMPARE(s.snapshot()->pause, PauseKind::Clock);
            QCOMPARE(s.snapshot()->t, 1.0);
            QVERIFY(sawZero);
            return;
        }
        QFAIL("no timeout pause with a wait");
    }

    void lockNarration() {
        Session s(sessionConfig(ls::test::kLockScript));
        settle(s, s.step(Granularity::Handle));
        settle(s, s.step(Granularity::Handle));  // Task-2 takes the lock and sleeps
        std::string en = formatNarration(s.snapshot()->narration, Language::English);
        QVERIFY2(en.find("Task-2 took Lock lock") != std::string::npos, en.c_str());
        QVERIFY2(en.find("it printed \"got 0\"") != std::string::npos, en.c_str());
        settle(s, s.step(Granularity::Line));
        en = formatNarration(s.snapshot()->narration, Language::English);
        QVERIFY2(en.rfind("Task-3 is at line 4: `async with lock:`", 0) == 0, en.c_str());
    }

    // A landing (a jump, a step back) tells the step that leads to where
    // it lands, exactly as a step forward to the same place told it, not
    // everything re-executed on the way there.
    void landingsTellTheLastStepOnly_data() {
        QTest::addColumn<int>("g");
        for (Granularity g : {Granularity::Event, Granularity::Handle, Granularity::Iteration, Granularity::Output})
            QTest::newRow(std::string(granularityName(g)).c_str()) << int(g);
    }
    void landingsTellTheLastStepOnly() {
        QFETCH(int, g);
        const auto gran = Granularity(g);
        struct Told {
            uint64_t step;
            double t;
            std::vector<uint64_t> events;
            std::string narration;
        };
        auto told = [](const Snapshot &s) {
            Told t{s.step, s.t, {}, formatNarration(s.narration, Language::English)};
            for (auto &e : s.events) t.events.push_back(e.index);
            return t;
        };
        Session fwd(sessionConfig(ls::test::kLockScript));
        std::vector<Told> forward;
        while (settle(fwd, fwd.step(gran)) != Session::Status::Ended) forward.push_back(told(*fwd.snapshot()));
        QVERIFY(forward.size() > 3);
        // Back over the same steps (nothing cached: every landing re-executes).
        Session back(sessionConfig(ls::test::kLockScript));
        back.setSnapshotCacheSize(0);
        settle(back, back.step(Granularity::End));
        for (size_t i = forward.size(); i-- > 1;) {
            settle(back, back.stepBack(gran));
            Told t = told(*back.snapshot());
            QCOMPARE(t.step, forward[i].step);
            QCOMPARE(t.events, forward[i].events);
            QCOMPARE(t.narration, forward[i].narration);
        }
        if (gran != Granularity::Event) return;
        // Jumps by step number, in the recorded run and ahead of it.
        for (size_t i : {forward.size() - 1, size_t(1), forward.size() / 2}) {
            Session fresh(sessionConfig(ls::test::kLockScript));
            settle(fresh, fresh.jumpToStep(forward[i].step));  // ahead of the run
            QCOMPARE(told(*fresh.snapshot()).events, forward[i].events);
            QCOMPARE(told(*fresh.snapshot()).narration, forward[i].narration);
            settle(back, back.jumpToStep(forward[i].step));  // inside the recorded run
            QCOMPARE(told(*back.snapshot()).events, forward[i].events);
            QCOMPARE(told(*back.snapshot()).narration, forward[i].narration);
        }
        // A jump to a time ahead of the run: the first point at t=1.
        auto first = std::find_if(forward.begin(), forward.end(), [](const Told &t) { return t.t > 0; });
        QVERIFY(first != forward.end());
        Session fresh(sessionConfig(ls::test::kLockScript));
        settle(fresh, fresh.jumpToTime(first->t));
        QCOMPARE(told(*fresh.snapshot()).step, first->step);
        QCOMPARE(told(*fresh.snapshot()).events, first->events);
        QCOMPARE(told(*fresh.snapshot()).narration, first->narration);
    }

    void endNarration() {
        Session s(sessionConfig("print('hi')\n"));
        settle(s, s.step(Granularity::End));
        QCOMPARE(formatNarration(s.snapshot()->narration, Language::English), std::string("The run is over (ok): it printed \"hi\""));
    }
};

QTEST_GUILESS_MAIN(TstNarration)
#include "tst_narration.moc"
