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

    void endNarration() {
        Session s(sessionConfig("print('hi')\n"));
        settle(s, s.step(Granularity::End));
        QCOMPARE(formatNarration(s.snapshot()->narration, Language::English), std::string("The run is over (ok): it printed \"hi\""));
    }
};

QTEST_GUILESS_MAIN(TstNarration)
#include "tst_narration.moc"
