// Shared by tst_asyncio_locks.cpp and tst_asyncio_queues.cpp: replays the
// programs of tests/data/asyncio_<area>_cases.txt, which
// tools/gen_asyncio_sync_cases.py generated on CPython 3.11.7 through the
// project's oracle (the teaching fields Lock._owner and Semaphore._holders
// come from a shim that adds them to CPython's own classes; see
// tools/asyncio_sync_cases/shim/sitecustomize.py).
//
// Each case runs through ls::runner::runScript, as `loopscope run` would,
// and is compared with CPython on: stdout (0x.. addresses masked), '!! ' +
// the last stderr line when the exit code is 1, the exit code, and the
// trace's schedule and ticks (corpus::compareTraces: steps, done states,
// per-tick ready queue and timers).
#pragma once

// The VM headers first: Qt defines `slots` as a macro.
#include "test_host.h"
#include "runner/script_runner.h"

#include "corpus_runner.h"

#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace ls::test {

inline QString unescapeSyncCase(const QString &s) {
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            QChar c = s[++i];
            out += c == 'n' ? QChar('\n') : c == 't' ? QChar('\t') : c;
        } else {
            out += s[i];
        }
    }
    return out;
}

// One data row per case of tests/data/asyncio_<area>_cases.txt.
inline void addSyncCaseRows(const char *area) {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("trace");
    const QString rel = QStringLiteral("tests/data/asyncio_%1_cases.txt").arg(QLatin1String(area));
    QFile f(QStringLiteral(LOOPSCOPE_SOURCE_DIR "/") + rel);
    QVERIFY2(f.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(rel));
    int line = 0, rows = 0;
    while (!f.atEnd()) {
        QString l = QString::fromUtf8(f.readLine());
        ++line;
        if (l.endsWith('\n')) l.chop(1);
        if (l.isEmpty() || l.startsWith('#')) continue;
        const QStringList parts = l.split('\t');
        QVERIFY2(parts.size() == 5, qPrintable(QStringLiteral("%1: bad line %2").arg(rel).arg(line)));
        QTest::newRow(parts[0].toUtf8().constData())
            << unescapeSyncCase(parts[1]) << unescapeSyncCase(parts[2]) << parts[3].toInt() << unescapeSyncCase(parts[4]);
        ++rows;
    }
    QVERIFY2(rows > 0, qPrintable(rel + QStringLiteral(": no cases")));
}

struct SyncRun {
    QString out;      // stdout, addresses masked, plus "!! <last stderr line>" on exit code 1
    int code = 0;
    QByteArray trace; // JSONL
};

// Runs `source` as t.py in a temporary directory, with a trace.
inline SyncRun runSyncCase(const QString &source) {
    SyncRun r;
    QTemporaryDir dir;
    const std::string path = (dir.path() + QStringLiteral("/t.py")).toStdString();
    const std::string tracePath = (dir.path() + QStringLiteral("/t.jsonl")).toStdString();
    ls::runner::RunOptions opts;
    opts.scriptPath = path;
    opts.displayPath = path;
    opts.tracePath = tracePath;
    std::string out, err;
    ls::runner::RunOutput io;
    io.out = [&](std::string_view s) { out.append(s); };
    io.err = [&](std::string_view s) { err.append(s); };
    r.code = ls::runner::runScript(source.toStdString(), opts, io);
    r.out = QString::fromStdString(out);
    r.out.replace(QRegularExpression(QStringLiteral("0x[0-9a-f]+")), QStringLiteral("0x?"));
    if (r.code == 1) {
        QStringList lines = QString::fromStdString(err).split('\n', Qt::SkipEmptyParts);
        while (!lines.isEmpty() && lines.last().trimmed().isEmpty()) lines.removeLast();
        r.out += QStringLiteral("!! ") + (lines.isEmpty() ? QStringLiteral("exit 1") : lines.last()) + '\n';
    }
    if (auto t = corpus::readFile(QString::fromStdString(tracePath))) r.trace = *t;
    return r;
}

inline void runSyncCaseRow() {
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QFETCH(int, code);
    QFETCH(QString, trace);
    const SyncRun r = runSyncCase(source);
    QCOMPARE(r.out, expected);
    QCOMPARE(r.code, code);
    const QString problem = corpus::compareTraces(trace.toUtf8(), r.trace);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

}  // namespace ls::test
