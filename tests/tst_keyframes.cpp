// VM keyframes of a Session (session/keyframes.h): the store's spacing and
// memory budget, and, above all, that a run resumed from a keyframe is the
// run re-executed from the start: every asyncio corpus program is jumped
// back and forth (and stepped on from where it landed) in a session that
// takes keyframes densely and in one that takes none, and the snapshots
// must agree.
// The engine's headers first: Qt's `slots` macro would eat TypeObject::slots.
#include "session/keyframes.h"
#include "session/session.h"
#include "session/snapshot_json.h"

#include <QtTest>

#include <QJsonDocument>
#include <QJsonObject>

#include "sanitizer_build.h"
#include "session_scripts.h"

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>

using namespace ls::session;
using ls::test::settle;
using ls::test::stateKey;
using St = Session::Status;

namespace {

// Under the sanitizers every sixth corpus program (the whole corpus took
// 13 minutes there); the release build runs them all.
constexpr int kCorpusStride = ls::test::kSanitized ? 6 : 1;

QString corpusDir() { return QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/corpus/asyncio"); }

std::string readAll(const QString &path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

EngineConfig configFor(const QString &name, std::string source) {
    EngineConfig c = ls::test::sessionConfig(std::move(source));
    c.scriptPath = name.toStdString();
    c.displayPath = "/corpus/" + c.scriptPath;
    c.maxHandles = 200'000;
    return c;
}

// Dense keyframes and no memory pressure: as many resumes as possible.
KeyframePolicy dense() {
    KeyframePolicy p;
    p.minSpacing = 2'000;
    p.bytesPerRecord = 0;
    p.floorBytes = size_t(1) << 40;
    return p;
}

// No keyframes at all: every re-execution starts at the start of the run.
KeyframePolicy none() {
    KeyframePolicy p;
    p.minSpacing = UINT64_MAX / 4;
    return p;
}

std::shared_ptr<VmKeyframe> fakeKeyframe(uint64_t index, uint64_t instr, size_t bytes) {
    auto k = std::make_shared<VmKeyframe>();
    k->index = index;
    k->instr = instr;
    k->bytes = bytes;
    return k;
}

std::shared_ptr<History> historyOf(size_t n) {
    auto h = std::make_shared<History>();
    for (size_t i = 0; i < n; ++i) {
        StepRecord r;
        r.instructions = i * 10;
        h->record(i, r);
    }
    return h;
}

}  // namespace

class TstKeyframes : public QObject {
    Q_OBJECT

    int programsResumed_ = 0;

private slots:
    // Keyframes are due a spacing after the previous one, not just before
    // an existing one (a re-execution passing by again), not at one.
    void dueBySpacing() {
        KeyframePolicy p;
        p.minSpacing = 100;
        p.floorBytes = 1 << 20;
        VmKeyframes store(historyOf(10), p);
        QVERIFY(!store.due(50));
        QVERIFY(store.due(100));
        store.add(fakeKeyframe(5, 100, 10));
        QVERIFY(!store.due(150));
        QVERIFY(!store.due(199));
        QVERIFY(store.due(230));
        store.add(fakeKeyframe(9, 300, 10));
        QVERIFY(!store.due(260));  // 40 before the one at 300
        QVERIFY(!store.due(300));
        QVERIFY(store.due(400));
        store.refused(400);
        QVERIFY(!store.due(405));  // a refusal waits an eighth of the spacing
        QVERIFY(store.due(413));
        QCOMPARE(store.count(), size_t(2));
        QCOMPARE(store.nearest(4)->recordIndex(), 0u);  // the start
        QCOMPARE(store.nearest(5)->recordIndex(), 5u);
        QCOMPARE(store.nearest(8)->recordIndex(), 5u);
        QCOMPARE(store.nearest(1000)->recordIndex(), 9u);
    }

    // Over the budget, every other keyframe goes and the spacing doubles.
    void thinsUnderTheBudget() {
        KeyframePolicy p;
        p.minSpacing = 100;
        p.bytesPerRecord = 10;
        p.floorBytes = 0;
        auto h = historyOf(100);  // budget: 1000 bytes
        VmKeyframes store(h, p);
        for (uint64_t i = 1; i <= 3; ++i) store.add(fakeKeyframe(i, i * 100, 300));
        QCOMPARE(store.count(), size_t(3));
        QCOMPARE(store.spacing(), 100u);
        store.add(fakeKeyframe(4, 400, 300));  // 1200 > 1000
        QCOMPARE(store.count(), size_t(2));
        QCOMPARE(store.bytes(), size_t(600));
        QCOMPARE(store.spacing(), 200u);
        QCOMPARE(store.nearest(2)->recordIndex(), 1u);  // 2 went
        QCOMPARE(store.nearest(3)->recordIndex(), 3u);
        QCOMPARE(store.taken(), 4u);
        // One keyframe bigger than the whole budget is not kept.
        VmKeyframes small(historyOf(10), p);
        small.add(fakeKeyframe(1, 100, 500));
        QCOMPARE(small.count(), size_t(0));
        QCOMPARE(small.bytes(), size_t(0));
        QCOMPARE(small.spacing(), 200u);  // doubled (a young history grows into it)
    }

    void corpus_data() {
        QTest::addColumn<QString>("name");
        QDir dir(corpusDir());
        const auto files = dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 200);
        for (int i = 0; i < files.size(); i += kCorpusStride) QTest::newRow(qPrintable(files[i])) << files[i];
    }
    // Jumps back and forth, then steps on and back from where each landed:
    // a session resuming keyframes and one re-executing from the start
    // show the same states.
    void corpus() {
        QFETCH(QString, name);
        const std::string source = readAll(corpusDir() + QLatin1Char('/') + name);
        Session kf(configFor(name, source), dense());
        kf.setSnapshotCacheSize(0);
        settle(kf, kf.step(Granularity::End));
        const uint64_t n = kf.history().size();
        if (kf.keyframes().count() == 0) QSKIP("no keyframe taken (no handle boundary of the supported shape)");
        Session ref(configFor(name, source), none());
        ref.setSnapshotCacheSize(0);
        settle(ref, ref.step(Granularity::End));
        QCOMPARE(ref.history().size(), n);
        QCOMPARE(stateKey(*kf.snapshot()), stateKey(*ref.snapshot()));

        std::mt19937_64 rng(static_cast<uint64_t>(qHash(name)));
        std::vector<uint64_t> targets{n - 1, n / 2, n / 3, 1, 2 * n / 3, n - 2};
        for (int i = 0; i < 3; ++i) targets.push_back(rng() % n);
        for (uint64_t t : targets) {
            if (t >= n) continue;
            settle(kf, kf.jumpToStep(t));
            settle(ref, ref.jumpToStep(t));
            QCOMPARE(kf.snapshot()->step, t);
            QCOMPARE(stateKey(*kf.snapshot()), stateKey(*ref.snapshot()));
            for (Granularity g : {Granularity::Event, Granularity::Handle, Granularity::Line}) {
                settle(kf, kf.step(g));
                settle(ref, ref.step(g));
                QCOMPARE(stateKey(*kf.snapshot()), stateKey(*ref.snapshot()));
            }
            settle(kf, kf.stepBack(Granularity::Handle));
            settle(ref, ref.stepBack(Granularity::Handle));
            QCOMPARE(stateKey(*kf.snapshot()), stateKey(*ref.snapshot()));
        }
        QCOMPARE(kf.history().size(), n);
        QCOMPARE(ref.keyframeResumes(), 0u);
        if (kf.keyframeResumes() > 0) ++programsResumed_;
    }

    // Most corpus programs must actually have been resumed from keyframes.
    void corpusCoverage() {
        if (programsResumed_ == 0) QSKIP("needs the corpus() rows of this run");
        QVERIFY2(programsResumed_ >= 150 / kCorpusStride, qPrintable(QString::number(programsResumed_)));
    }

    // Floats made after a keyframe never take the identity of one made
    // before it (the engine's thread numbers floats from the keyframe's
    // count, as the original run did).
    void floatIdentitiesAcrossAResume() {
        const char *script =
            "import asyncio\n"
            "async def main():\n"
            "    old = [i * 0.5 for i in range(50)]\n"
            "    for step in range(120):\n"
            "        await asyncio.sleep(0)\n"
            "        new = [i * 0.5 for i in range(50)]\n"
            "        print(sum(a is b for a in old for b in new), end=' ')\n"
            "asyncio.run(main())\n";
        Session kf(ls::test::sessionConfig(script), dense());
        kf.setSnapshotCacheSize(0);
        QCOMPARE(settle(kf, kf.step(Granularity::End)), St::Ended);
        const QByteArray end = stateKey(*kf.snapshot());
        QVERIFY(kf.keyframes().count() > 2);
        settle(kf, kf.jumpToStep(1));
        QCOMPARE(settle(kf, kf.jumpToStep(kf.history().size() - 1)), St::Ended);
        QVERIFY(kf.keyframeResumes() > 0);
        QCOMPARE(stateKey(*kf.snapshot()), end);
        std::string out;
        for (auto &l : kf.snapshot()->outputLines()) out += l.text;
        QVERIFY2(out.find_first_not_of("0 ") == std::string::npos, out.c_str());
    }

    // Keyframe memory stays within its budget (bytes per recorded step)
    // while the spacing grows to what the budget can sustain.
    void memoryStaysWithinTheBudget() {
        std::string script =
            "import asyncio\n"
            "async def worker(n):\n"
            "    data = [str(i) for i in range(200)]\n"
            "    for i in range(n):\n"
            "        await asyncio.sleep(0)\n"
            "    return len(data)\n"
            "async def main():\n"
            "    print(sum(await asyncio.gather(*(worker(1000) for _ in range(50)))))\n"
            "asyncio.run(main())\n";
        KeyframePolicy p;
        p.minSpacing = 20'000;
        p.bytesPerRecord = 200;
        p.floorBytes = 0;
        Session s(ls::test::sessionConfig(script), p);
        s.setSnapshotCacheSize(0);
        QCOMPARE(settle(s, s.step(Granularity::End)), St::Ended);
        const auto &k = s.keyframes();
        QVERIFY(k.taken() > k.count());       // some were thinned ...
        QVERIFY(k.spacing() > p.minSpacing);  // ... and the spacing grew
        QVERIFY(k.count() > 0);
        QVERIFY(k.bytes() <= size_t(p.bytesPerRecord * static_cast<double>(s.history().size())));
        // Still the same run: a late jump resumes a keyframe.
        const QByteArray end = stateKey(*s.snapshot());
        settle(s, s.jumpToStep(3));
        settle(s, s.jumpToStep(s.history().size() - 1));
        QVERIFY(s.keyframeResumes() > 0);
        QCOMPARE(stateKey(*s.snapshot()), end);
    }
};

QTEST_GUILESS_MAIN(TstKeyframes)
#include "tst_keyframes.moc"
