// `loopscope snapshot`: the per-tick Snapshots of every program of the
// asyncio corpus equal CPython's (tools/oracle.py --snapshots, committed as
// expected/NAME.snap.jsonl): ready queue, heap array with cancelled flags,
// unfinished tasks with state, coroutine and line, and done tasks with their
// final state. Plus the CLI's other forms and its usage errors.
#include <QtTest>

#include "corpus_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString corpusDir() { return QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/corpus/asyncio"); }

bool sameNumber(const QJsonValue &a, const QJsonValue &b) {
    return a.isDouble() && b.isDouble() && std::fabs(a.toDouble() - b.toDouble()) <= 1e-9;
}

// Line numbers inside asyncio's own coroutines (a task made from
// asyncio.sleep(...) or event.wait()) are lines of CPython's Lib/asyncio;
// ours are null there (the window shows the script only). Everything else
// is compared exactly.
QString compareTick(const QJsonObject &ours, const QJsonObject &exp, const QString &source) {
    if (ours.keys() != exp.keys()) return QStringLiteral("fields differ");
    if (ours["tick"] != exp["tick"]) return QStringLiteral("tick");
    if (!sameNumber(ours["t"], exp["t"])) return QStringLiteral("t");
    if (ours["ready"] != exp["ready"]) return QStringLiteral("ready");
    if (ours["done"] != exp["done"]) return QStringLiteral("done");
    const QJsonArray oh = ours["heap"].toArray(), eh = exp["heap"].toArray();
    if (oh.size() != eh.size()) return QStringLiteral("heap size");
    for (int i = 0; i < oh.size(); ++i) {
        QJsonArray a = oh[i].toArray(), b = eh[i].toArray();
        if (a.size() != 3 || !sameNumber(a[0], b[0]) || a[1] != b[1] || a[2] != b[2]) return QStringLiteral("heap[%1]").arg(i);
    }
    const QJsonArray ot = ours["tasks"].toArray(), et = exp["tasks"].toArray();
    if (ot.size() != et.size()) return QStringLiteral("task count");
    for (int i = 0; i < ot.size(); ++i) {
        QJsonObject a = ot[i].toObject(), b = et[i].toObject();
        for (auto k : {"name", "state", "coro"})
            if (a[k] != b[k]) return QStringLiteral("tasks[%1].%2").arg(i).arg(k);
        if (a["line"] == b["line"]) continue;
        const QString fn = b["coro"].toString().section(QLatin1Char('.'), -1);
        const bool scriptCoro = source.contains(QRegularExpression(QStringLiteral("def\\s+%1\\s*\\(").arg(QRegularExpression::escape(fn))));
        if (a["line"].isNull() && !scriptCoro) continue;
        return QStringLiteral("tasks[%1].line").arg(i);
    }
    return {};
}

}  // namespace

class TstSnapshotCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFileInfo(QStringLiteral(LOOPSCOPE_EXE)).isExecutable()); }

    void everyTickMatchesCPython_data() {
        QTest::addColumn<QString>("name");
        int n = 0;
        for (const QString &name : corpus::listPrograms(corpusDir())) {
            if (!QFile::exists(corpusDir() + "/expected/" + QFileInfo(name).completeBaseName() + ".snap.jsonl")) continue;
            QTest::newRow(qPrintable(name)) << name;
            ++n;
        }
        QVERIFY(n > 100);
    }

    void everyTickMatchesCPython() {
        QFETCH(QString, name);
        const QString stem = QFileInfo(name).completeBaseName();
        auto expected = corpus::readFile(corpusDir() + "/expected/" + stem + ".snap.jsonl");
        auto source = corpus::readFile(corpusDir() + "/" + name);
        QVERIFY(expected && source);
        auto r = corpus::runProcess(QStringLiteral(LOOPSCOPE_EXE), {"snapshot", name, "--every", "tick"}, corpusDir(), 120000);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.exitCode, 0);
        const QStringList ours = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList exp = QString::fromUtf8(*expected).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 0; i < std::min(ours.size(), exp.size()); ++i) {
            QJsonObject a = QJsonDocument::fromJson(ours[i].toUtf8()).object(), b = QJsonDocument::fromJson(exp[i].toUtf8()).object();
            QString why = compareTick(a, b, QString::fromUtf8(*source));
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("tick %1: %2\n ours %3\n exp  %4").arg(i + 1).arg(why, ours[i], exp[i])));
        }
        QCOMPARE(ours.size(), exp.size());
    }

    void stepTimeAndLanguage() {
        const QString script = QStringLiteral("003_sleep_heap_ties.py");
        auto r = corpus::runProcess(QStringLiteral(LOOPSCOPE_EXE), {"snapshot", script, "--time", "0.5"}, corpusDir());
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (auto k : {"step", "granularity", "pause", "t", "phase", "ready", "heap", "tasks", "done", "sync", "output", "events", "narration"})
            QVERIFY2(o.contains(k), k);
        QVERIFY(o["t"].toDouble() >= 0.5);

        r = corpus::runProcess(QStringLiteral(LOOPSCOPE_EXE), {"snapshot", script, "--step", "3", "--granularity", "handle", "--lang", "zh"}, corpusDir());
        QCOMPARE(r.exitCode, 0);
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o["granularity"].toString(), QStringLiteral("handle"));
        QCOMPARE(o["pause"].toString(), QStringLiteral("handle_end"));
        QCOMPARE(o["handles"].toInt(), 3);
        QVERIFY(o["narration"].toObject()["text"].toString().contains(QStringLiteral("执行到")));

        // Without --step/--time: the end of the run, with the whole output.
        r = corpus::runProcess(QStringLiteral(LOOPSCOPE_EXE), {"snapshot", script}, corpusDir());
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o["ended"].toBool());
        QString out;
        for (const auto &l : o["output"].toArray()) out += l.toObject()["text"].toString();
        auto expectedOut = corpus::readFile(corpusDir() + "/expected/003_sleep_heap_ties.out");
        QVERIFY(expectedOut);
        QCOMPARE(out, QString::fromUtf8(*expectedOut));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no script") << QStringList{"snapshot"};
        QTest::newRow("unknown option") << QStringList{"snapshot", "001_run_hello.py", "--frobnicate"};
        QTest::newRow("bad step") << QStringList{"snapshot", "001_run_hello.py", "--step", "x"};
        QTest::newRow("bad granularity") << QStringList{"snapshot", "001_run_hello.py", "--granularity", "minute"};
        QTest::newRow("bad lang") << QStringList{"snapshot", "001_run_hello.py", "--lang", "fr"};
        QTest::newRow("step and time") << QStringList{"snapshot", "001_run_hello.py", "--step", "1", "--time", "1"};
        QTest::newRow("missing file") << QStringList{"snapshot", "no_such_file.py"};
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        auto r = corpus::runProcess(QStringLiteral(LOOPSCOPE_EXE), args, corpusDir());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSnapshotCli)
#include "tst_snapshot_cli.moc"
