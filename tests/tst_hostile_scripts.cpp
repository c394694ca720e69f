// Hostile scripts (tests/hostile/*.py): whatever a class types in, the
// engine must answer with a clear message and the run contract's exit code,
// never crash, hang or take the machine's memory, and stay usable.
//
// Each script's header says what to expect (tools/gen_hostile_expected.py
// explains the format and fills it from CPython where CPython is the
// reference). Every script is run four ways:
//   1. through `loopscope run` (a real process: exit code, stdout, stderr);
//   2. in this process through runner::runScript, followed by a healthy
//      asyncio script in the same process, whose output must be exact: the
//      hostile run left no state behind that breaks the next one;
//   3. through the Session API to its end (exit code, the exception line),
//      then back to the start and to the end again (the same end), then a
//      fresh session of the healthy script;
//   4. through `loopscope snapshot SCRIPT` (the final snapshot's exit code).
#include "corpus_runner.h"
#include "sanitizer_build.h"

#include "runner/script_runner.h"
#include "session/session.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QDir>
#include <QFile>
#include <QtTest>

namespace {

// Under AddressSanitizer every run is several times slower: the sanitizer
// build runs the two `loopscope run` paths, the release build all four.
using ls::test::kSanitized;

struct Expectation {
    QStringList args;
    int code = -1;
    bool hasStderrLast = false;
    QString stderrLast;
    QStringList stderrHas;
    bool hasStdout = false;
    QString stdoutExact;
    qint64 stdoutBytes = -1;
    QString stdoutLast;
};

QString hostileDir() { return QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/hostile"); }

QString unescape(const QString &s) {
    QString out;
    for (int i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            QChar c = s[++i];
            out += c == 'n' ? QChar('\n') : c;
        } else {
            out += s[i];
        }
    }
    return out;
}

Expectation readHeader(const QString &path) {
    Expectation e;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return e;
    for (const QString &line : QString::fromUtf8(f.readAll()).split('\n')) {
        if (!line.startsWith("# ")) break;
        const QString key = line.section(':', 0, 0).mid(2);
        QString value = line.section(':', 1);
        if (value.startsWith(' ')) value = value.mid(1);
        if (key == "args") e.args = value.split(' ', Qt::SkipEmptyParts);
        else if (key == "expect-code") e.code = value.toInt();
        else if (key == "expect-stderr") { e.hasStderrLast = true; e.stderrLast = value; }
        else if (key == "expect-stderr-has") e.stderrHas << value;
        else if (key == "expect-stdout") { e.hasStdout = true; e.stdoutExact = unescape(value); }
        else if (key == "expect-stdout-bytes") e.stdoutBytes = value.toLongLong();
        else if (key == "expect-stdout-last") e.stdoutLast = value;
    }
    return e;
}

// Compares one run with the header; returns what differs (empty: fine).
QString check(const Expectation &e, int code, const QString &out, const QString &err, bool inProcess) {
    QStringList bad;
    if (code != e.code) bad << QString("exit code %1, expected %2").arg(code).arg(e.code);
    const QString last = corpus::lastNonEmptyLine(err);
    // In this process the memory cap is smaller (see below): its message names another size.
    const bool capMessage = e.stderrLast.startsWith("memory limit exceeded");
    if (e.hasStderrLast && !(inProcess && capMessage) && last != e.stderrLast)
        bad << "stderr's last line " + corpus::quoteLine(last) + ", expected " + corpus::quoteLine(e.stderrLast);
    if (inProcess && capMessage && !last.startsWith("memory limit exceeded"))
        bad << "stderr's last line " + corpus::quoteLine(last) + ", expected the memory cap's message";
    if (e.code != 1 && e.code != 0 && last.isEmpty()) bad << "exit " + QString::number(code) + " without a reason on stderr";
    for (const QString &s : e.stderrHas)
        if (!err.contains(s)) bad << "stderr lacks " + corpus::quoteLine(s) + ": " + corpus::shorten(err, 600);
    if (e.hasStdout && out != e.stdoutExact)
        bad << "stdout " + corpus::quoteLine(corpus::shorten(out)) + ", expected " + corpus::quoteLine(e.stdoutExact);
    if (e.stdoutBytes >= 0 && out.toUtf8().size() != e.stdoutBytes)
        bad << QString("stdout has %1 bytes, expected %2").arg(out.toUtf8().size()).arg(e.stdoutBytes);
    if (!e.stdoutLast.isEmpty() && corpus::lastNonEmptyLine(out) != e.stdoutLast)
        bad << "stdout's last line " + corpus::quoteLine(corpus::lastNonEmptyLine(out));
    return bad.join("\n");
}

}  // namespace

class TestHostileScripts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(QFileInfo(QStringLiteral(LOOPSCOPE_EXE)).isExecutable());
        QVERIFY2(corpus::listPrograms(hostileDir()).size() >= 50, "tests/hostile lost its scripts");
    }

    void throughLoopscopeRun_data() { rows(); }
    void throughLoopscopeRun() {
        QFETCH(QString, name);
        const Expectation e = readHeader(hostileDir() + "/" + name);
        QVERIFY2(e.code >= 0, "no # expect-code in the header");
        // Generous: 100,000 tasks under a sanitizer on a loaded CI machine.
        corpus::RunResult r = corpus::runScript(QStringLiteral(LOOPSCOPE_EXE), hostileDir() + "/" + name, QString(), 600000, e.args);
        QVERIFY2(r.started && !r.timedOut && !r.crashed, qPrintable(r.error + "\n" + corpus::shorten(r.err, 2000)));
        const QString problem = check(e, r.exitCode, corpus::normalise(r.out), corpus::normalise(r.err), false);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void inProcessThenHealthy_data() { rows(); }
    void inProcessThenHealthy() {
        QFETCH(QString, name);
        const Expectation e = readHeader(hostileDir() + "/" + name);
        QFile f(hostileDir() + "/" + name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const std::string source = f.readAll().toStdString();
        ls::runner::RunOptions opts;
        opts.scriptPath = name.toStdString();
        opts.displayPath = (hostileDir() + "/" + name).toStdString();
        // A smaller cap than the CLI's 2 GiB keeps this test light; the
        // message then names 512 MiB.
        opts.maxHeapBytes = 512ull << 20;
        for (int i = 0; i + 1 < e.args.size(); i += 2) {
            if (e.args[i] == "--max-instructions") opts.maxInstructions = e.args[i + 1].toULongLong();
            else if (e.args[i] == "--max-steps") opts.maxSteps = e.args[i + 1].toULongLong();
            else QFAIL(qPrintable("unknown option in the header: " + e.args[i]));
        }
        std::string out, err;
        ls::runner::RunOutput io;
        io.out = [&](std::string_view s) { out.append(s); };
        io.err = [&](std::string_view s) { err.append(s); };
        const int code = ls::runner::runScript(source, opts, io);
        const QString problem = check(e, code, corpus::normalise(QString::fromStdString(out)),
                                      corpus::normalise(QString::fromStdString(err)), true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The engine is usable afterwards: after/healthy.py (a queue, workers,
        // cancellation, virtual time) prints what CPython prints.
        const Expectation he = readHeader(hostileDir() + "/after/healthy.py");
        QFile hf(hostileDir() + "/after/healthy.py");
        QVERIFY(hf.open(QIODevice::ReadOnly) && he.hasStdout && !he.stdoutExact.isEmpty());
        std::string out2, err2;
        ls::runner::RunOutput io2;
        io2.out = [&](std::string_view s) { out2.append(s); };
        io2.err = [&](std::string_view s) { err2.append(s); };
        ls::runner::RunOptions healthy;
        healthy.scriptPath = "healthy.py";
        healthy.displayPath = "/healthy.py";
        QCOMPARE(ls::runner::runScript(hf.readAll().toStdString(), healthy, io2), he.code);
        QCOMPARE(QString::fromStdString(err2), QString());
        QCOMPARE(QString::fromStdString(out2), he.stdoutExact);
    }

    void throughSession_data() { rows(); }
    void throughSession() {
        using ls::session::Granularity;
        using St = ls::session::Session::Status;
        QFETCH(QString, name);
        if (kSanitized) QSKIP("the release build runs the session path");
        const Expectation e = readHeader(hostileDir() + "/" + name);
        ls::session::EngineConfig cfg;
        QVERIFY(readSource(hostileDir() + "/" + name, cfg.source));
        cfg.scriptPath = name.toStdString();
        cfg.displayPath = (hostileDir() + "/" + name).toStdString();
        cfg.maxHeapBytes = 512ull << 20;
        for (int i = 0; i + 1 < e.args.size(); i += 2) {
            if (e.args[i] == "--max-instructions") cfg.maxInstructions = e.args[i + 1].toULongLong();
            else if (e.args[i] == "--max-steps") cfg.maxHandles = e.args[i + 1].toULongLong();
        }
        auto toEnd = [](ls::session::Session &s) {
            St st = s.step(Granularity::End);
            for (int guard = 0; st != St::Ended && guard < 1000; ++guard)
                st = st == St::StillRunning ? s.wait(1000) : s.step(Granularity::End);
            return st;
        };
        ls::session::Session s(cfg);
        QCOMPARE(toEnd(s), St::Ended);
        auto end = s.snapshot();
        QVERIFY(end->ended);
        QCOMPARE(end->exitCode, e.code);
        if (e.code == 1 && e.hasStderrLast) {
            std::string err;
            for (auto &l : end->outputLines())
                if (l.stream == 2) err += l.text;
            QCOMPARE(corpus::lastNonEmptyLine(corpus::normalise(QString::fromStdString(err))), e.stderrLast);
        }
        // Usable afterwards: back to the start, forward to the same end.
        s.jumpToStep(0);
        QCOMPARE(toEnd(s), St::Ended);
        QCOMPARE(s.snapshot()->exitCode, e.code);
        QCOMPARE(s.snapshot()->endStatus, end->endStatus);

        const Expectation he = readHeader(hostileDir() + "/after/healthy.py");
        ls::session::EngineConfig hc;
        QVERIFY(readSource(hostileDir() + "/after/healthy.py", hc.source));
        hc.scriptPath = "healthy.py";
        hc.displayPath = "/healthy.py";
        ls::session::Session h(hc);
        QCOMPARE(toEnd(h), St::Ended);
        std::string out;
        for (auto &l : h.snapshot()->outputLines())
            if (l.stream == 1) out += l.text;
        QCOMPARE(QString::fromStdString(out), he.stdoutExact);
    }

    void throughLoopscopeSnapshot_data() { rows(); }
    void throughLoopscopeSnapshot() {
        QFETCH(QString, name);
        if (kSanitized) QSKIP("the release build runs the snapshot path");
        const Expectation e = readHeader(hostileDir() + "/" + name);
        QStringList args{QStringLiteral("snapshot"), hostileDir() + "/" + name};
        for (int i = 0; i + 1 < e.args.size(); i += 2) {
            // `snapshot` has no --max-steps: the session's default (10,000,000 handles) would take minutes.
            if (e.args[i] == "--max-steps") QSKIP("loopscope snapshot has no --max-steps");
            args << e.args[i] << e.args[i + 1];
        }
        corpus::RunResult r = corpus::runProcess(QStringLiteral(LOOPSCOPE_EXE), args, hostileDir(), 600000);
        QVERIFY2(r.started && !r.timedOut && !r.crashed, qPrintable(r.error + "\n" + corpus::shorten(r.err, 2000)));
        QCOMPARE(r.exitCode, 0);
        const QString last = corpus::lastNonEmptyLine(r.out);
        QJsonParseError pe;
        const QJsonObject snap = QJsonDocument::fromJson(last.toUtf8(), &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(corpus::shorten(last)));
        QCOMPARE(snap.value("ended").toBool(), true);
        QCOMPARE(snap.value("exit_code").toInt(-1), e.code);
    }

private:
    static bool readSource(const QString &path, std::string &out) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return false;
        out = f.readAll().toStdString();
        return true;
    }

    void rows() {
        QTest::addColumn<QString>("name");
        for (const QString &n : corpus::listPrograms(hostileDir())) QTest::newRow(qPrintable(n)) << n;
    }
};

QTEST_GUILESS_MAIN(TestHostileScripts)
#include "tst_hostile_scripts.moc"
