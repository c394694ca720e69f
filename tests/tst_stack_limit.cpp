// The C++ stack guard (core/interp/stack_limit.h): recursion that nests
// eval loops through C++ (a __repr__ calling repr(self), a __hash__ hashing
// itself) must end in RecursionError even on a thread whose stack is too
// small for the recursion limit's 1000 levels, instead of overflowing it;
// and freeing a structure nested a million deep must not recurse a million
// C++ frames (heap.cpp's deferred frees).
#include "runner/script_runner.h"

#include <QtTest>

#include <pthread.h>

#include <string>

namespace {

struct Job {
    std::string source;
    int code = -1;
    std::string out, err;
};

void *runJob(void *p) {
    auto *job = static_cast<Job *>(p);
    ls::runner::RunOptions opts;
    opts.scriptPath = opts.displayPath = "deep.py";
    ls::runner::RunOutput io{[&](std::string_view s) { job->out += s; }, [&](std::string_view s) { job->err += s; }};
    job->code = ls::runner::runScript(job->source, opts, io);
    return nullptr;
}

// Runs `source` on a thread with a stack of `bytes`.
Job runOnSmallStack(const std::string &source, size_t bytes) {
    Job job;
    job.source = source;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, bytes);
    pthread_t t;
    if (pthread_create(&t, &attr, runJob, &job) == 0) pthread_join(t, nullptr);
    pthread_attr_destroy(&attr);
    return job;
}

std::string lastLine(const std::string &s) {
    auto end = s.find_last_not_of('\n');
    if (end == std::string::npos) return {};
    auto start = s.rfind('\n', end);
    return s.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1) + 1);
}

}  // namespace

class TstStackLimit : public QObject {
    Q_OBJECT

private slots:
    void recursionThroughNativesOnASmallStack_data() {
        QTest::addColumn<QString>("source");
        QTest::newRow("repr") << "class R:\n    def __repr__(self):\n        return repr(self)\nprint(R())\n";
        QTest::newRow("hash") << "class H:\n    def __hash__(self):\n        return hash(self)\nprint({H(): 1})\n";
        QTest::newRow("str of a nested list") << "x = []\nfor _ in range(100000):\n    x = [x]\nprint(str(x)[:10])\n";
        QTest::newRow("nested iterators") << "m = [1]\nfor i in range(200000):\n    m = map(abs, m)\nprint(list(m))\n";
        QTest::newRow("deep comparison") << "a, b = [], []\nfor _ in range(200000):\n    a, b = [a], [b]\nprint(a == b)\n";
        QTest::newRow("async chain") << "import asyncio\nasync def f(n):\n    return await f(n + 1)\nasyncio.run(f(0))\n";
    }
    void recursionThroughNativesOnASmallStack() {
        QFETCH(QString, source);
        // 512 KiB: a few hundred nested eval loops at most.
        Job job = runOnSmallStack(source.toStdString(), 512 * 1024);
        QCOMPARE(job.code, 1);
        QCOMPARE(QString::fromStdString(lastLine(job.err)).section(':', 0, 0), QStringLiteral("RecursionError"));
        // And plain Python recursion still reaches the limit of 1000 there
        // (it costs no C++ stack).
        Job plain = runOnSmallStack("import sys\ndef f(n):\n    return f(n + 1) if n < 990 else n\nprint(f(0))\n", 512 * 1024);
        QCOMPARE(plain.code, 0);
        QCOMPARE(plain.out, std::string("990\n"));
    }

    void freeingDeepNestingOnASmallStack() {
        Job job = runOnSmallStack("x = []\nfor _ in range(1000000):\n    x = [x]\ndel x\n"
                                  "t = None\nfor i in range(1000000):\n    t = (i, t)\nt = None\nprint('freed')\n",
                                  512 * 1024);
        QCOMPARE(job.code, 0);
        QCOMPARE(job.out, std::string("freed\n"));
    }
};

QTEST_GUILESS_MAIN(TstStackLimit)
#include "tst_stack_limit.moc"
