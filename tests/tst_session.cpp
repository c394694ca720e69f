// The Session: stepping by every granularity forward and back, breakpoints,
// jumps by step and by virtual time, deterministic re-execution, and
// runaway programs stopped with the session still usable.
#include <QtTest>

#include "session/snapshot_json.h"
#include "session_scripts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace ls::session;
using ls::test::sessionConfig;
using ls::test::settle;
using ls::test::stateKey;
using St = Session::Status;

namespace {

std::string allOutput(const Snapshot &s) {
    std::string out;
    for (auto &l : s.outputLines()) out += l.text;
    return out;
}

PauseKind kindFor(Granularity g) {
    switch (g) {
    case Granularity::Line: return PauseKind::Line;
    case Granularity::Handle: return PauseKind::HandleEnd;
    case Granularity::Iteration: return PauseKind::Tick;
    case Granularity::Output: return PauseKind::Output;
    case Granularity::Clock: return PauseKind::Clock;
    default: return PauseKind::End;
    }
}

bool later(const Snapshot &a, const Snapshot &b) {  // a strictly after b
    if (a.instructions != b.instructions) return a.instructions > b.instructions;
    if (a.pause == PauseKind::Line || b.pause == PauseKind::Line) return b.pause == PauseKind::Line && a.pause != PauseKind::Line;
    return a.step > b.step;
}

}  // namespace

class TstSession : public QObject {
    Q_OBJECT

private slots:
    void startsBeforeTheFirstInstruction() {
        Session s(sessionConfig(ls::test::kBrewScript));
        auto snap = s.snapshot();
        QVERIFY(snap);
        QCOMPARE(snap->step, 0u);
        QCOMPARE(snap->pause, PauseKind::Start);
        QCOMPARE(snap->instructions, 0u);
        QCOMPARE(snap->outputCount, size_t(0));
        QVERIFY(snap->tasks.empty());
        QVERIFY(!snap->ended);
    }

    void forward_data() {
        QTest::addColumn<int>("g");
        for (Granularity g : {Granularity::Event, Granularity::Line, Granularity::Handle, Granularity::Iteration,
                              Granularity::Output, Granularity::Clock})
            QTest::newRow(std::string(granularityName(g)).c_str()) << int(g);
    }
    // Every step stops at a pause point of its granularity, strictly after
    // the previous one, until the end.
    void forward() {
        QFETCH(int, g);
        const auto gran = Granularity(g);
        Session s(sessionConfig(ls::test::kBrewScript));
        SnapshotPtr prev = s.snapshot();
        int steps = 0;
        for (;;) {
            St st = settle(s, s.step(gran));
            SnapshotPtr cur = s.snapshot();
            QCOMPARE(cur->granularity, gran);
            QVERIFY2(later(*cur, *prev), "a step must move forward");
            if (st == St::Ended) break;
            ++steps;
            if (gran != Granularity::Event) QCOMPARE(cur->pause, kindFor(gran));
            if (gran == Granularity::Output) QCOMPARE(cur->outputCount, prev->outputCount + 1);
            if (gran == Granularity::Clock) QVERIFY(cur->t > prev->t);
            if (gran == Granularity::Iteration) QCOMPARE(cur->tick, prev->tick + 1);
            if (gran == Granularity::Line) {
                QVERIFY(cur->line > 0);
                QVERIFY(!cur->lineText.empty());
            }
            prev = cur;
        }
        QVERIFY(steps > 0);
        QCOMPARE(s.snapshot()->endStatus, std::string("ok"));
        QCOMPARE(s.snapshot()->exitCode, 0);
        QVERIFY(s.snapshot()->outputCount == 5);
    }

    void back_data() {
        QTest::addColumn<int>("g");
        QTest::addColumn<bool>("cached");
        for (Granularity g : {Granularity::Event, Granularity::Line, Granularity::Handle, Granularity::Iteration,
                              Granularity::Output, Granularity::Clock})
            for (bool cached : {false, true})
                QTest::newRow((std::string(granularityName(g)) + (cached ? "/cached" : "/re-executed")).c_str()) << int(g) << cached;
    }
    // Stepping back by a granularity visits the forward steps in reverse,
    // and the re-executed snapshots equal the ones first shown.
    void back() {
        QFETCH(int, g);
        const auto gran = Granularity(g);
        QFETCH(bool, cached);
        Session s(sessionConfig(ls::test::kBrewScript));
        s.setSnapshotCacheSize(cached ? 1000 : 0);  // cached: every step of the run fits
        std::vector<std::pair<uint64_t, QByteArray>> seen{{s.snapshot()->instructions, stateKey(*s.snapshot())}};
        while (settle(s, s.step(gran)) != St::Ended) seen.emplace_back(s.snapshot()->instructions, stateKey(*s.snapshot()));
        // From the end back to the start, one step of `gran` at a time.
        for (size_t i = seen.size(); i-- > 0;) {
            settle(s, s.stepBack(gran));
            QCOMPARE(s.snapshot()->instructions, seen[i].first);
            QCOMPARE(stateKey(*s.snapshot()), seen[i].second);
        }
        QCOMPARE(s.snapshot()->pause, PauseKind::Start);
        // Line points are never cached; the rest comes from the cache when on.
        QCOMPARE(s.reExecutions() > 0, !cached || gran == Granularity::Line);
        // And forward again from there gives the same first step.
        if (seen.size() > 1) {
            settle(s, s.step(gran));
            QCOMPARE(stateKey(*s.snapshot()), seen[1].second);
        }
    }

    void untilTaskDone() {
        Session s(sessionConfig(ls::test::kBrewScript));
        QCOMPARE(settle(s, s.step(Granularity::TaskDone, "Task-3")), St::Paused);
        auto snap = s.snapshot();
        std::map<std::string, std::string> state;
        for (auto &t : snap->tasks) state[t.name] = t.state;
        QCOMPARE(state["Task-3"], std::string("finished"));
        QCOMPARE(state["Task-2"], std::string("suspended"));
        QCOMPARE(snap->pause, PauseKind::TaskDone);
        // Any task: the next one to finish is Task-2.
        settle(s, s.step(Granularity::TaskDone));
        for (auto &t : s.snapshot()->tasks)
            if (t.name == "Task-2") QCOMPARE(t.state, std::string("finished"));
    }

    void lineBreakpoint() {
        Session s(sessionConfig(ls::test::kBrewScript));
        s.setBreakpoints({Breakpoint{Breakpoint::Kind::Line, 6, {}}});
        QCOMPARE(settle(s, s.step(Granularity::End)), St::Paused);
        QCOMPARE(s.snapshot()->line, 6);
        QCOMPARE(s.snapshot()->pause, PauseKind::Line);
        const std::string first = s.snapshot()->runningTask;
        QCOMPARE(settle(s, s.step(Granularity::End)), St::Paused);
        QCOMPARE(s.snapshot()->line, 6);
        QVERIFY(s.snapshot()->runningTask != first);
        QCOMPARE(settle(s, s.step(Granularity::End)), St::Ended);
    }

    void lineBreakpointForOneTask() {
        Session s(sessionConfig(ls::test::kBrewScript));
        s.setBreakpoints({Breakpoint{Breakpoint::Kind::Line, 6, "Task-2"}});
        QCOMPARE(settle(s, s.step(Granularity::End)), St::Paused);
        QCOMPARE(s.snapshot()->runningTask, std::string("Task-2"));
        QCOMPARE(s.snapshot()->line, 6);
        QCOMPARE(settle(s, s.step(Granularity::End)), St::Ended);
    }

    void taskStateBreakpoint() {
        Session s(sessionConfig(ls::test::kBrewScript));
        s.setBreakpoints({Breakpoint{Breakpoint::Kind::TaskStateChange, 0, "Task-3"}});
        std::vector<std::string> states;
        while (settle(s, s.step(Granularity::End)) != St::Ended) {
            for (auto &t : s.snapshot()->tasks)
                if (t.name == "Task-3") states.push_back(t.state);
            QVERIFY(!s.snapshot()->events.empty());
            QCOMPARE(s.snapshot()->events.back().task, std::string("Task-3"));
        }
        // Created, then each step runs and suspends/finishes it.
        QVERIFY(states.size() >= 4);
        QCOMPARE(states.front(), std::string("pending"));
        QCOMPARE(states.back(), std::string("finished"));
    }

    void lockBreakpoint() {
        Session s(sessionConfig(ls::test::kLockScript));
        s.setBreakpoints({Breakpoint{Breakpoint::Kind::LockChange, 0, {}}});
        std::vector<std::vector<std::string>> owners;
        while (settle(s, s.step(Granularity::End)) != St::Ended) {
            QCOMPARE(s.snapshot()->sync.size(), size_t(1));
            owners.push_back(s.snapshot()->sync[0].owners);
            if (owners.size() > 1) QVERIFY(owners.back() != owners[owners.size() - 2]);
        }
        // Three holders, each taking and releasing it: 6 changes.
        QCOMPARE(owners.size(), size_t(6));
    }

    void jumpToAnyStep() {
        Session s(sessionConfig(ls::test::kBrewScript));
        std::vector<QByteArray> keys{stateKey(*s.snapshot())};
        while (settle(s, s.step(Granularity::Event)) != St::Ended) keys.push_back(stateKey(*s.snapshot()));
        keys.push_back(stateKey(*s.snapshot()));
        QCOMPARE(s.history().size(), keys.size());
        QRandomGenerator rng(7);
        for (int i = 0; i < 40; ++i) {
            uint64_t n = rng.bounded(static_cast<quint32>(keys.size()));
            settle(s, s.jumpToStep(n));
            QCOMPARE(s.snapshot()->step, n);
            QCOMPARE(stateKey(*s.snapshot()), keys[n]);
        }
    }

    void jumpAheadOfTheRun() {
        Session s(sessionConfig(ls::test::kBrewScript));
        QCOMPARE(settle(s, s.jumpToStep(20)), St::Paused);
        QCOMPARE(s.snapshot()->step, 20u);
        QCOMPARE(s.history().size(), size_t(21));
        // Beyond the end: the end.
        QCOMPARE(settle(s, s.jumpToStep(1'000'000)), St::Ended);
    }

    void jumpToTime() {
        Session s(sessionConfig(ls::test::kBrewScript));
        QCOMPARE(settle(s, s.jumpToTime(1.5)), St::Paused);
        auto snap = s.snapshot();
        QCOMPARE(snap->t, 2.0);  // the clock jumps from 1.0 to the next timer
        QVERIFY(s.history().at(snap->step - 1).t < 1.5);
        settle(s, s.jumpToTime(1.0));
        QCOMPARE(s.snapshot()->t, 1.0);
        QVERIFY(s.history().at(s.snapshot()->step - 1).t < 1.0);
        settle(s, s.jumpToTime(0));
        QCOMPARE(s.snapshot()->step, 0u);
        QCOMPARE(settle(s, s.jumpToTime(99)), St::Ended);
    }

    // Snapshots built at every pause point must not change what the script
    // sees (id() serials): the output equals a run that built none.
    void snapshotsDoNotDisturbTheRun() {
        const char *src =
            "import asyncio\n"
            "async def f(i):\n"
            "    await asyncio.sleep(0)\n"
            "    return id(object()), id([i])\n"
            "async def main():\n"
            "    print(await asyncio.gather(*(f(i) for i in range(3))), id(main))\n"
            "asyncio.run(main())\n"
            "print(id(object()))\n";
        Session everyStep(sessionConfig(src));
        while (settle(everyStep, everyStep.step(Granularity::Event)) != St::Ended) {
        }
        Session oneGo(sessionConfig(src));
        settle(oneGo, oneGo.step(Granularity::End));
        QVERIFY(!allOutput(*oneGo.snapshot()).empty());
        QCOMPARE(allOutput(*everyStep.snapshot()), allOutput(*oneGo.snapshot()));
    }

    void stopEndlessModuleLoop() {
        Session s(sessionConfig("x = 0\nwhile True:\n    x += 1\n"));
        s.setStepTimeout(100);
        QCOMPARE(s.step(Granularity::End), St::StillRunning);
        QVERIFY(s.running());
        QCOMPARE(s.step(Granularity::Line), St::StillRunning);  // refused while running
        s.stop();
        QCOMPARE(settle(s, s.wait(100)), St::Ended);
        QCOMPARE(s.snapshot()->endStatus, std::string("stopped"));
        // Still usable: back to the start, then line by line.
        QCOMPARE(settle(s, s.jumpToStep(0)), St::Paused);
        s.stop();  // nothing runs: no effect on the next step
        QCOMPARE(settle(s, s.step(Granularity::Line)), St::Paused);
        QCOMPARE(s.snapshot()->line, 1);
        QCOMPARE(settle(s, s.step(Granularity::Line)), St::Paused);
        const int second = s.snapshot()->line;
        QVERIFY(second > 1);
        QCOMPARE(settle(s, s.step(Granularity::Line)), St::Paused);
        QCOMPARE(settle(s, s.stepBack(Granularity::Line)), St::Paused);
        QCOMPARE(s.snapshot()->line, second);
        QCOMPARE(settle(s, s.stepBack(Granularity::Line)), St::Paused);
        QCOMPARE(s.snapshot()->line, 1);
    }

    void stopEndlessLoopInsideAStep() {
        const char *src =
            "import asyncio\n"
            "async def spin():\n"
            "    n = 0\n"
            "    while True:\n"
            "        n += 1\n"
            "async def main():\n"
            "    print('before')\n"
            "    await asyncio.create_task(spin())\n"
            "asyncio.run(main())\n";
        Session s(sessionConfig(src));
        s.setStepTimeout(100);
        QCOMPARE(settle(s, s.step(Granularity::Handle)), St::Paused);  // main runs to its await
        QCOMPARE(s.step(Granularity::Handle), St::StillRunning);       // spin never returns
        s.stop();
        QCOMPARE(settle(s, s.wait(100)), St::Ended);
        QCOMPARE(s.snapshot()->endStatus, std::string("stopped"));
        QCOMPARE(settle(s, s.stepBack(Granularity::Handle)), St::Paused);
        QCOMPARE(s.snapshot()->pause, PauseKind::HandleEnd);
        QCOMPARE(allOutput(*s.snapshot()), std::string("before\n"));
        // Line stepping inside the runaway task still works.
        s.setBreakpoints({Breakpoint{Breakpoint::Kind::Line, 5, {}}});
        QCOMPARE(settle(s, s.step(Granularity::End)), St::Paused);
        QCOMPARE(s.snapshot()->runningTask, std::string("Task-2"));
        QCOMPARE(settle(s, s.step(Granularity::End)), St::Paused);
        QCOMPARE(s.snapshot()->line, 5);
    }

    // No bytecode runs while a builtin loops (sum over a huge range): the
    // stop must still reach it.
    void stopLoopInsideABuiltin() {
        Session s(sessionConfig("print('before')\nprint(sum(range(10**12)))\n"));
        s.setStepTimeout(100);
        QCOMPARE(s.step(Granularity::End), St::StillRunning);
        s.stop();
        QCOMPARE(settle(s, s.wait(1000)), St::Ended);
        QCOMPARE(s.snapshot()->endStatus, std::string("stopped"));
        QCOMPARE(allOutput(*s.snapshot()), std::string("before\n"));
        QCOMPARE(settle(s, s.jumpToStep(0)), St::Paused);
        QCOMPARE(settle(s, s.step(Granularity::Output)), St::Paused);
        QCOMPARE(allOutput(*s.snapshot()), std::string("before\n"));
    }

    void stopTaskSpawner() {
        const char *src =
            "import asyncio\n"
            "async def child():\n"
            "    await asyncio.sleep(1)\n"
            "async def main():\n"
            "    while True:\n"
            "        asyncio.create_task(child())\n"
            "asyncio.run(main())\n";
        Session s(sessionConfig(src));
        s.setStepTimeout(100);
        QCOMPARE(s.step(Granularity::End), St::StillRunning);
        while (s.history().size() < 50) QCOMPARE(s.wait(20), St::StillRunning);  // let it spawn
        s.stop();
        QCOMPARE(settle(s, s.wait(1000)), St::Ended);
        QVERIFY(s.snapshot()->tasks.size() > 10);
        QCOMPARE(settle(s, s.jumpToStep(5)), St::Paused);
        QCOMPARE(s.snapshot()->step, 5u);
    }

    void stopHugeOutput() {
        Session s(sessionConfig("i = 0\nwhile True:\n    print('x' * 100, i)\n    i += 1\n"));
        s.setStepTimeout(100);
        QCOMPARE(s.step(Granularity::End), St::StillRunning);
        while (s.history().size() < 20) QCOMPARE(s.wait(20), St::StillRunning);
        s.stop();
        QCOMPARE(settle(s, s.wait(1000)), St::Ended);
        QVERIFY(s.snapshot()->outputCount > 10);
        // Each print is one recorded point after the start.
        QCOMPARE(settle(s, s.jumpToStep(3)), St::Paused);
        QCOMPARE(s.snapshot()->outputCount, size_t(3));
    }

    void outputLimitEndsTheRun() {
        auto cfg = sessionConfig("while True:\n    print('y' * 1000)\n");
        cfg.maxOutputBytes = 100'000;
        Session s(cfg);
        QCOMPARE(settle(s, s.step(Granularity::End)), St::Ended);
        QCOMPARE(s.snapshot()->endStatus, std::string("limit"));
        QCOMPARE(s.snapshot()->exitCode, 4);
    }

    void instructionBudgetEndsTheRun() {
        auto cfg = sessionConfig("while True:\n    pass\n");
        cfg.maxInstructions = 100'000;
        Session s(cfg);
        QCOMPARE(settle(s, s.step(Granularity::End)), St::Ended);
        QCOMPARE(s.snapshot()->endStatus, std::string("limit"));
        settle(s, s.stepBack(Granularity::Event));
        QVERIFY(!s.snapshot()->ended);
    }

    void closingWhileRunning() {
        auto s = std::make_unique<Session>(sessionConfig("while True:\n    pass\n"));
        s->setStepTimeout(50);
        QCOMPARE(s->step(Granularity::End), St::StillRunning);
        s.reset();  // must not hang
        QVERIFY(true);
    }

    void errorsEndTheRun() {
        Session s(sessionConfig("print('a')\nraise ValueError('boom')\n"));
        QCOMPARE(settle(s, s.step(Granularity::End)), St::Ended);
        QCOMPARE(s.snapshot()->endStatus, std::string("error"));
        QCOMPARE(s.snapshot()->exitCode, 1);
        auto out = s.snapshot()->outputLines();
        QCOMPARE(out.back().stream, 2);
        QVERIFY(out.back().text.find("ValueError: boom") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TstSession)
#include "tst_session.moc"
