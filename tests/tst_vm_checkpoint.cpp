// VM checkpoints (interp/vm_clone.h, asyncio/loop_checkpoint.h,
// runner/checkpoint.h): a run checkpointed at a handle boundary and resumed
// must produce, after that point, exactly what the uninterrupted run
// produced (stdout, stderr, trace, exit code); checkpoints are reusable and
// independent of the runs resumed from them; every object kind clones.
// The engine's headers first: Qt's `slots` macro would eat TypeObject::slots.
#include "interp/vm.h"
#include "interp/vm_clone.h"
#include "runner/checkpoint.h"
#include "runner/script_runner.h"

#include <QtTest>

#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace ls::interp;
using namespace ls::runner;

namespace {

struct RunResult {
    std::string out, err, trace;
    int code = -1;
};

std::string readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll().toStdString();
}

// A checkpoint and what the run had written when it was taken.
struct Taken {
    std::shared_ptr<const Checkpoint> cp;
    size_t outLen = 0, errLen = 0;
    long traceLen = 0;
    uint64_t boundary = 0;
};

class Runner {
public:
    explicit Runner(const QString &script) : script_(script)
    {
        source_ = readAll(script);
        opts_.scriptPath = script.toStdString();
        opts_.displayPath = QFileInfo(script).absoluteFilePath().toStdString();
    }
    // Runs the script; `take(i)` says whether to checkpoint at boundary i.
    RunResult run(const std::function<bool(uint64_t)> &take, std::vector<Taken> *taken, uint64_t *boundaries,
                  std::vector<std::string> *refusals = nullptr, std::vector<uint64_t> *takeable = nullptr)
    {
        RunResult r;
        RunOptions o = opts_;
        o.tracePath = tmp_.filePath(QStringLiteral("run.jsonl")).toStdString();
        uint64_t n = 0;
        o.onHandleBoundary = [&](CheckpointSite &s) {
            if (takeable && s.canTake()) takeable->push_back(n);
            if (take && take(n)) {
                Taken t;
                t.cp = s.take();
                t.outLen = r.out.size();
                t.errLen = r.err.size();
                t.traceLen = s.traceBytes();
                t.boundary = n;
                if (t.cp) taken->push_back(t);
                else if (refusals) refusals->push_back(s.whyNot());
            }
            ++n;
        };
        RunOutput io{[&](std::string_view s) { r.out += s; }, [&](std::string_view s) { r.err += s; }};
        r.code = runScript(source_, o, io);
        r.trace = readAll(QString::fromStdString(o.tracePath));
        if (boundaries) *boundaries = n;
        return r;
    }
    RunResult resume(const Checkpoint &cp, const std::function<bool(uint64_t)> &take = {},
                     std::vector<Taken> *taken = nullptr)
    {
        RunResult r;
        RunOptions o = opts_;
        o.tracePath = tmp_.filePath(QStringLiteral("resume.jsonl")).toStdString();
        uint64_t n = 0;
        if (take) {
            o.onHandleBoundary = [&](CheckpointSite &s) {
                if (take(n)) {
                    Taken t;
                    t.cp = s.take();
                    t.outLen = r.out.size();
                    t.errLen = r.err.size();
                    t.traceLen = s.traceBytes();
                    if (t.cp) taken->push_back(t);
                }
                ++n;
            };
        }
        RunOutput io{[&](std::string_view s) { r.out += s; }, [&](std::string_view s) { r.err += s; }};
        r.code = resumeCheckpoint(cp, o, io);
        r.trace = readAll(QString::fromStdString(o.tracePath));
        return r;
    }

private:
    QString script_;
    std::string source_;
    RunOptions opts_;
    QTemporaryDir tmp_;
};

// The uninterrupted run's tail after `t` must be what resuming `t` gives.
QString compareTail(const RunResult &full, const Taken &t, const RunResult &resumed)
{
    if (full.out.substr(0, t.outLen) + resumed.out != full.out)
        return QStringLiteral("stdout differs:\n--- full\n%1\n--- resumed tail\n%2")
            .arg(QString::fromStdString(full.out.substr(t.outLen)), QString::fromStdString(resumed.out));
    if (full.err.substr(0, t.errLen) + resumed.err != full.err)
        return QStringLiteral("stderr differs:\n--- full tail\n%1\n--- resumed\n%2")
            .arg(QString::fromStdString(full.err.substr(t.errLen)), QString::fromStdString(resumed.err));
    if (full.code != resumed.code) return QStringLiteral("exit code %1 != %2").arg(resumed.code).arg(full.code);
    if (full.trace.substr(0, static_cast<size_t>(t.traceLen)) + resumed.trace != full.trace)
        return QStringLiteral("trace differs:\n--- full tail\n%1\n--- resumed\n%2")
            .arg(QString::fromStdString(full.trace.substr(static_cast<size_t>(t.traceLen))),
                 QString::fromStdString(resumed.trace));
    return {};
}

QString corpusDir() { return QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/corpus/asyncio"); }

}  // namespace

class TstVmCheckpoint : public QObject
{
    Q_OBJECT

    int programsWithBoundaries_ = 0, programsTakeable_ = 0, programsCheckpointed_ = 0;

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("name");
        QDir dir(corpusDir());
        const QStringList names = dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
        QVERIFY(!names.isEmpty());
        for (const QString &n : names) QTest::newRow(qPrintable(n)) << n;
    }

    // Checkpoints at the first, middle and last handle boundaries where the
    // stack has the supported shape (not, e.g., in asyncio.run's shutdown,
    // which runs the loop again from Runner.__exit__).
    void corpus()
    {
        QFETCH(QString, name);
        Runner runner(corpusDir() + QLatin1Char('/') + name);
        uint64_t n = 0;
        std::vector<uint64_t> takeable;
        const RunResult full = runner.run({}, nullptr, &n, nullptr, &takeable);
        if (n == 0) return;  // the program never runs a loop handle
        ++programsWithBoundaries_;
        if (takeable.empty()) return;
        ++programsTakeable_;
        std::set<uint64_t> at{takeable.front(), takeable[takeable.size() / 2], takeable.back()};
        std::vector<Taken> taken;
        std::vector<std::string> refusals;
        uint64_t n2 = 0;
        const RunResult again = runner.run([&](uint64_t i) { return at.count(i) > 0; }, &taken, &n2, &refusals);
        // Taking checkpoints does not change the run.
        QCOMPARE(again.out, full.out);
        QCOMPARE(again.err, full.err);
        QCOMPARE(again.code, full.code);
        QCOMPARE(again.trace, full.trace);
        QCOMPARE(n2, n);
        for (const auto &why : refusals) QVERIFY2(false, why.c_str());  // canTake() said yes
        QCOMPARE(taken.size(), at.size());
        ++programsCheckpointed_;
        for (const Taken &t : taken) {
            // Twice: the checkpoint is reusable.
            for (int pass = 0; pass < 2; ++pass) {
                const RunResult r = runner.resume(*t.cp);
                const QString problem = compareTail(full, t, r);
                QVERIFY2(problem.isEmpty(),
                         qPrintable(QStringLiteral("%1 at boundary %2 (pass %3): %4").arg(name).arg(t.boundary).arg(pass).arg(problem)));
            }
        }
    }

    void corpusCoverage()
    {
        // Most corpus programs run their loop through asyncio.run from the
        // main module (the supported shape).
        if (programsWithBoundaries_ == 0) QSKIP("needs the corpus() rows of this run");
        QVERIFY(programsWithBoundaries_ > 100);
        QCOMPARE(programsCheckpointed_, programsTakeable_);
        QVERIFY2(programsTakeable_ * 10 >= programsWithBoundaries_ * 9,
                 qPrintable(QStringLiteral("%1 of %2").arg(programsTakeable_).arg(programsWithBoundaries_)));
    }

    // A checkpoint taken during a resumed run resumes to the same tail.
    void chainedCheckpoints()
    {
        Runner runner(corpusDir() + QStringLiteral("/006_serial_vs_concurrent.py"));
        uint64_t n = 0;
        const RunResult full = runner.run({}, nullptr, &n);
        QVERIFY(n >= 4);
        std::vector<Taken> first;
        runner.run([](uint64_t i) { return i == 1; }, &first, nullptr);
        QCOMPARE(first.size(), size_t(1));
        std::vector<Taken> second;
        const RunResult mid = runner.resume(*first[0].cp, [&](uint64_t i) { return i == (n - 1) / 2; }, &second);
        QVERIFY(compareTail(full, first[0], mid).isEmpty());
        QCOMPARE(second.size(), size_t(1));
        Taken abs = second[0];
        abs.outLen += first[0].outLen;
        abs.errLen += first[0].errLen;
        abs.traceLen += first[0].traceLen;
        const RunResult last = runner.resume(*second[0].cp);
        const QString problem = compareTail(full, abs, last);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A checkpoint shares the run's immutable objects (code, str, ...)
    // instead of copying them; each object is either copied or shared; and
    // the shared ones outlive the run (resumes come after it ended).
    void sharesImmutables()
    {
        Runner runner(corpusDir() + QStringLiteral("/006_serial_vs_concurrent.py"));
        uint64_t n = 0;
        const RunResult full = runner.run({}, nullptr, &n);
        std::vector<Taken> taken;
        runner.run([&](uint64_t i) { return i == n / 2; }, &taken, nullptr);
        QCOMPARE(taken.size(), size_t(1));
        VM &frozen = *taken[0].cp->frozen.vm;
        const size_t shared = VmCloner::sharedCount(frozen);
        QVERIFY2(shared > 1000, qPrintable(QString::number(shared)));
        QCOMPARE(frozen.heap().liveObjects().size() + shared, taken[0].cp->objects);
        size_t code = 0;
        for (Object *o : frozen.heap().liveObjects()) code += o->kind == Kind::Code;
        QVERIFY2(code * 10 < shared, qPrintable(QString::number(code)));
        for (int rep = 0; rep < 2; ++rep) {
            const QString problem = compareTail(full, taken[0], runner.resume(*taken[0].cp));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    // Every kind of object alive at a boundary clones and resumes.
    void everyKind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kinds.py"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"PY(import asyncio, itertools, functools, operator, collections, contextvars, datetime, random, sys

cv = contextvars.ContextVar("cv", default=0)

class Base:
    def who(self):
        return "base"

class Child(Base):
    slot = staticmethod(lambda: "static")
    cm = classmethod(lambda cls: cls.__name__)
    @property
    def prop(self):
        return 42
    def who(self):
        return "child/" + super().who()

def gen():
    x = yield 1
    yield x
    yield 3

async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)

async def worker(n, q):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0.001 * n)
    return n

async def main():
    cv.set(7)
    b = b"bytes"
    d = {"a": 1, "b": 2, "c": 3}
    s = {1, 2, 3}
    its = [iter([1, 2, 3]), reversed([4, 5]), iter((6, 7)), iter(range(3)), iter("str"), iter(d), iter(d.values()),
           iter(d.items()), reversed(d), iter(s), iter(b), enumerate("ab"), zip("ab", "cd"), map(str, [1, 2]),
           filter(None, [0, 1]), reversed(range(2)), iter([1, 2, 3].pop, 1)]
    views = [d.keys(), d.values(), d.items()]
    dq = collections.deque([1, 2, 3], maxlen=5)
    dd = collections.defaultdict(list)
    dd["x"].append(1)
    od = collections.OrderedDict(a=1)
    cnt = collections.Counter("abca")
    dqi = iter(dq)
    part = functools.partial(max, 1)
    tools = [itertools.count(5, 2), itertools.cycle("ab"), itertools.repeat(1, 3), itertools.accumulate([1, 2, 3]),
             itertools.chain([1], [2]), itertools.compress("abc", [1, 0, 1]), itertools.dropwhile(lambda x: x < 2, [1, 2, 3]),
             itertools.groupby("aabb"), itertools.islice(range(10), 2, 8, 2), itertools.starmap(pow, [(2, 3)]),
             itertools.zip_longest("ab", "c"), itertools.product("ab", repeat=2), itertools.combinations("abc", 2),
             itertools.pairwise("abcd"), itertools.permutations("ab")]
    t1, t2 = itertools.tee([1, 2, 3])
    next(t1)
    ops = [operator.itemgetter(1), operator.attrgetter("real"), operator.methodcaller("upper")]
    dt = [datetime.date(2024, 1, 2), datetime.datetime(2024, 1, 2, 3, 4), datetime.timedelta(seconds=5),
          datetime.time(1, 2), datetime.timezone.utc]
    alias = list[int]
    sl = slice(1, 2)
    big = 2 ** 100 + 7
    class L(list):
        pass
    side = L([1])
    side.tag = "side"
    class Mixin:
        def mix(self):
            return "mix"
    class Multi(Base, Mixin):
        pass
    multi = Multi()
    ba = bytearray(b"ab")
    eg = ExceptionGroup("eg", [ValueError(1)])
    nan = float("nan")
    floats = [nan, 0.5 * len(d)]
    g = gen()
    next(g)
    ag = agen()
    first = await ag.__anext__()
    ctx = contextvars.copy_context()
    tok = cv.set(8)
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
        tb = e.__traceback__
    child = Child()
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    fut = asyncio.get_running_loop().create_future()
    tasks = [asyncio.create_task(worker(n, q)) for n in range(1, 4)]
    asyncio.get_running_loop().call_later(0.002, fut.set_result, "fut")
    async with lock:
        await asyncio.sleep(0)
    print(await fut, random.random())
    res = await asyncio.gather(*tasks)
    await asyncio.sleep(0)
    print(res, first, [list(i) for i in its], [list(v) for v in views], list(dq), list(dqi), part(5))
    print([list(itertools.islice(t, 4)) for t in tools], list(t1), list(t2))
    print([op("xy") if i != 1 else op(3) for i, op in enumerate(ops)], dt, alias, sl, g.send("sent"))
    print([x async for x in ag], ctx.get(cv), cv.get(), tok.var.name, repr(err), tb.tb_lineno)
    print(child.who(), child.prop, Child.slot(), Child.cm(), dict(dd), od, cnt, q.qsize(), ev.is_set())
    print(big + 1, side.tag, side, multi.who(), multi.mix(), Multi.__bases__ == (Base, Mixin), ba, eg.exceptions)
    print(nan in floats, float("nan") in floats, [x is y for x in floats for y in [0.5 * len(d), floats[1]]])
    print(sys.stdout is not None, b, d, s)

asyncio.run(main())
)PY");
        f.close();
        Runner runner(path);
        uint64_t n = 0;
        const RunResult full = runner.run({}, nullptr, &n);
        QCOMPARE(full.code, 0);
        QVERIFY2(full.err.empty(), full.err.c_str());
        QVERIFY(n > 10);
        std::vector<uint64_t> takeable;
        runner.run({}, nullptr, nullptr, nullptr, &takeable);
        QVERIFY(takeable.size() > 10);
        std::set<uint64_t> at(takeable.begin(), takeable.end());
        std::vector<Taken> taken;
        std::vector<std::string> refusals;
        runner.run([&](uint64_t i) { return at.count(i) > 0; }, &taken, nullptr, &refusals);
        for (const auto &why : refusals) QVERIFY2(false, why.c_str());
        QCOMPARE(taken.size(), at.size());
        for (const Taken &t : taken) {
            const RunResult r = runner.resume(*t.cp);
            const QString problem = compareTail(full, t, r);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("boundary %1: %2").arg(t.boundary).arg(problem)));
        }
    }

    // A copy of a VM at rest: identical refcounts and serials, and changes
    // to either side stay there.
    void cloneIndependence()
    {
        struct Host : VmHost {
            std::string out;
            void write(int, std::string_view t) override { out += t; }
        } hostA, hostB;
        VM a(hostA);
        a.runMain("x = [1, [2]]\nd = {'k': x}\nclass C:\n    n = 1\nc = C()\n", "<a>");
        std::vector<Frame *> chain;
        VmCloner::Map map;
        std::unique_ptr<VM> b = VmCloner::clone(a, hostB, {}, {}, chain, map);
        QVERIFY(chain.empty());
        auto liveA = a.heap().liveObjects(), liveB = b->heap().liveObjects();
        QCOMPARE(liveB.size(), liveA.size());
        for (size_t i = 0; i < liveA.size(); ++i) {
            QCOMPARE(liveB[i]->refcnt, liveA[i]->refcnt);
            QCOMPARE(liveB[i]->serial, liveA[i]->serial);
            QCOMPARE(typeid(*liveB[i]).name(), typeid(*liveA[i]).name());
            QVERIFY(liveB[i] != liveA[i]);
        }
        QCOMPARE(b->heap().allocatedTotal(), a.heap().allocatedTotal());
        b->execModule("x.append(3)\nx[1].append(4)\nd['n'] = C.n\nC.n = 2\nc.m = 5\nprint(x, d, C.n, c.m, id(c))\n",
                      "<b>", b->mainGlobals());
        a.execModule("print(x, d, C.n, hasattr(c, 'm'), id(c))\n", "<a2>", a.mainGlobals());
        auto lastWord = [](const std::string &s) { return s.substr(s.find_last_of(' ') + 1); };
        QVERIFY2(hostA.out.starts_with("[1, [2]] {'k': [1, [2]]} 1 False "), hostA.out.c_str());
        QVERIFY2(hostB.out.starts_with("[1, [2, 4], 3] {'k': [1, [2, 4], 3], 'n': 1} 2 5 "), hostB.out.c_str());
        QCOMPARE(lastWord(hostB.out), lastWord(hostA.out));  // id() survives the copy
    }
};

QTEST_GUILESS_MAIN(TstVmCheckpoint)
#include "tst_vm_checkpoint.moc"
