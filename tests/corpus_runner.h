// Shared logic of the conformance-corpus tests (header-only).
//
// A corpus directory holds NAME.py programs and, in expected/, what the run
// contract's oracle produced for them (tools/gen_expected.py):
//   NAME.out  stdout        NAME.err  stderr        NAME.code  exit code
//   NAME.jsonl  the contract trace (only for corpora generated with --trace)
//
// Runs are compared as shared/spec/run-contract.md ("How runs are compared")
// says:
//   - stdout exactly, after replacing 0x[0-9a-f]+ by 0x? and absolute file
//     paths by their base names;
//   - the exit code exactly;
//   - stderr: only its last non-empty line, and only when the expected exit
//     code is 1 (the exception line);
//   - schedule (trace): the sequence of (t, task) of `step` events and the
//     final `done` states, times to 1e-9;
//   - ticks (trace): the ready labels and timers of each `tick` event.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <QMap>
#include <QPair>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>

namespace corpus {

// ---------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------

// The *.py programs of a corpus directory, sorted by name.
inline QStringList listPrograms(const QString &corpusDir)
{
    QDir dir(corpusDir);
    QStringList names = dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
    names.sort();
    return names;
}

inline std::optional<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

struct Expected {
    bool ok = false;          // .out, .err and .code were all found
    QString error;            // why not ok
    QString out;
    QString err;
    int code = -1;
    bool hasTrace = false;
    QByteArray trace;         // raw JSONL
};

// Loads <corpusDir>/expected/<stem>.{out,err,code[,jsonl]}.
inline Expected loadExpected(const QString &corpusDir, const QString &stem)
{
    Expected e;
    const QString base = corpusDir + QStringLiteral("/expected/") + stem;
    const auto out = readFile(base + QStringLiteral(".out"));
    const auto err = readFile(base + QStringLiteral(".err"));
    const auto code = readFile(base + QStringLiteral(".code"));
    if (!out || !err || !code) {
        e.error = QStringLiteral("missing expected file(s) for %1 (run tools/gen_expected.py)").arg(base);
        return e;
    }
    e.out = QString::fromUtf8(*out);
    e.err = QString::fromUtf8(*err);
    bool okNum = false;
    e.code = QString::fromUtf8(*code).trimmed().toInt(&okNum);
    if (!okNum) {
        e.error = QStringLiteral("bad exit code file %1.code").arg(base);
        return e;
    }
    if (const auto trace = readFile(base + QStringLiteral(".jsonl"))) {
        e.hasTrace = true;
        e.trace = *trace;
    }
    e.ok = true;
    return e;
}

// ---------------------------------------------------------------------------
// Running the executable
// ---------------------------------------------------------------------------

struct RunResult {
    bool started = false;
    bool timedOut = false;
    bool crashed = false;
    int exitCode = -1;
    QString out;
    QString err;
    QString error;            // why it did not run / finish
};

// Runs `exe args...` in workDir (environment unchanged), waiting at most
// timeoutMs. A timed-out process is killed.
inline RunResult runProcess(const QString &exe, const QStringList &args,
                            const QString &workDir, int timeoutMs = 60000)
{
    RunResult r;
    QProcess p;
    p.setProgram(exe);
    p.setArguments(args);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start();
    if (!p.waitForStarted(10000)) {
        r.error = QStringLiteral("could not start %1: %2").arg(exe, p.errorString());
        return r;
    }
    r.started = true;
    if (!p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        r.error = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        p.kill();
        p.waitForFinished(5000);
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    if (!r.timedOut) {
        if (p.exitStatus() == QProcess::CrashExit) {
            r.crashed = true;
            r.error = QStringLiteral("crashed (%1)").arg(p.errorString());
        }
        r.exitCode = p.exitCode();
    }
    return r;
}

// `exe run SCRIPT [--trace TRACE]`, run in the script's directory.
inline RunResult runScript(const QString &exe, const QString &scriptPath,
                           const QString &tracePath = QString(), int timeoutMs = 60000,
                           const QStringList &extraArgs = {})
{
    QStringList args{QStringLiteral("run"), scriptPath};
    if (!tracePath.isEmpty())
        args << QStringLiteral("--trace") << tracePath;
    args << extraArgs;
    return runProcess(exe, args, QFileInfo(scriptPath).absolutePath(), timeoutMs);
}

// ---------------------------------------------------------------------------
// Normalisation and text comparison
// ---------------------------------------------------------------------------

// 0x[0-9a-f]+ -> 0x?, absolute file paths -> base names, CRLF -> LF.
inline QString normalise(QString text)
{
    static const QRegularExpression hex(QStringLiteral("0x[0-9a-f]+"));
    // An absolute path: '/' not preceded by a word character, '.' or '/',
    // at least one directory component, then the base name.
    static const QRegularExpression path(
        QStringLiteral("(?<![\\w./])/(?:[^\\s/'\"()<>:,;]+/)+([^\\s/'\"()<>:,;]+)"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(path, QStringLiteral("\\1"));
    text.replace(hex, QStringLiteral("0x?"));
    return text;
}

inline QString lastNonEmptyLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (!it->trimmed().isEmpty())
            return *it;
    }
    return QString();
}

inline QString shorten(QString s, int max = 200)
{
    if (s.size() > max)
        s = s.left(max) + QStringLiteral("...");
    return s;
}

inline QString quoteLine(const QString &s)
{
    QString q = s;
    q.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    q.replace(QStringLiteral("\t"), QStringLiteral("\\t"));
    q.replace(QStringLiteral("\r"), QStringLiteral("\\r"));
    return QLatin1Char('"') + shorten(q) + QLatin1Char('"');
}

// Empty when equal; otherwise a short description of the first differing
// line ("line N" is 1-based).
inline QString firstDifference(const QString &expected, const QString &actual)
{
    if (expected == actual)
        return QString();
    const QStringList e = expected.split(QLatin1Char('\n'));
    const QStringList a = actual.split(QLatin1Char('\n'));
    const qsizetype n = qMax(e.size(), a.size());
    for (qsizetype i = 0; i < n; ++i) {
        const bool he = i < e.size();
        const bool ha = i < a.size();
        if (he && ha && e[i] == a[i])
            continue;
        // Lines split on '\n': a missing final newline shows as a last line.
        QString msg = QStringLiteral("first difference at line %1 (expected %2 lines, got %3)\n")
                          .arg(i + 1).arg(e.size()).arg(a.size());
        msg += QStringLiteral("    expected: %1\n").arg(he ? quoteLine(e[i]) : QStringLiteral("<end of output>"));
        msg += QStringLiteral("    actual:   %1").arg(ha ? quoteLine(a[i]) : QStringLiteral("<end of output>"));
        return msg;
    }
    return QStringLiteral("outputs differ");
}

// Compares a run with its expected results (stdout, exit code, and the last
// stderr line when the expected code is 1). Empty when they match.
inline QString compareRun(const Expected &exp, const RunResult &run)
{
    if (!exp.ok)
        return exp.error;
    if (!run.started || run.timedOut || run.crashed) {
        QString msg = run.error;
        const QString tail = lastNonEmptyLine(run.err);
        if (!tail.isEmpty())
            msg += QStringLiteral("\n    stderr: ") + quoteLine(tail);
        return msg;
    }
    QStringList problems;
    const QString diff = firstDifference(normalise(exp.out), normalise(run.out));
    if (!diff.isEmpty())
        problems << QStringLiteral("stdout: ") + diff;
    if (exp.code != run.exitCode) {
        QString msg = QStringLiteral("exit code: expected %1, got %2").arg(exp.code).arg(run.exitCode);
        const QString tail = lastNonEmptyLine(run.err);
        if (!tail.isEmpty())
            msg += QStringLiteral("\n    last stderr line: ") + quoteLine(tail);
        problems << msg;
    }
    if (exp.code == 1) {
        const QString e = normalise(lastNonEmptyLine(exp.err));
        const QString a = normalise(lastNonEmptyLine(run.err));
        if (e != a)
            problems << QStringLiteral("stderr last line:\n    expected: %1\n    actual:   %2")
                            .arg(quoteLine(e), quoteLine(a));
    }
    return problems.join(QLatin1Char('\n'));
}

// ---------------------------------------------------------------------------
// Traces (JSONL)
// ---------------------------------------------------------------------------

constexpr double kTimeTolerance = 1e-9;

inline bool sameTime(double a, double b)
{
    return std::fabs(a - b) <= kTimeTolerance;
}

// One JSON object per non-empty line. On a parse error, *error is set and the
// objects read so far are returned.
inline QList<QJsonObject> parseJsonl(const QByteArray &data, QString *error = nullptr)
{
    QList<QJsonObject> events;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            if (error)
                *error = QStringLiteral("trace line %1: %2").arg(i + 1).arg(
                    pe.error != QJsonParseError::NoError ? pe.errorString()
                                                         : QStringLiteral("not an object"));
            return events;
        }
        events << doc.object();
    }
    return events;
}

inline QList<QJsonObject> readJsonl(const QString &path, QString *error = nullptr)
{
    const auto data = readFile(path);
    if (!data) {
        if (error)
            *error = QStringLiteral("cannot read trace %1").arg(path);
        return {};
    }
    return parseJsonl(*data, error);
}

struct Step {
    double t = 0;
    QString task;
};

struct DoneState {
    QString state;            // finished, cancelled or failed
    QString exc;              // type name when failed
    bool operator==(const DoneState &o) const { return state == o.state && exc == o.exc; }
};

struct Schedule {
    QList<Step> steps;                    // `step` events in order
    QMap<QString, DoneState> done;        // final state of each task
    QStringList doneOrder;                // tasks in the order they finished
    QString endStatus;                    // from the `end` event
};

inline Schedule extractSchedule(const QList<QJsonObject> &events)
{
    Schedule s;
    for (const QJsonObject &o : events) {
        const QString ev = o.value(QStringLiteral("ev")).toString();
        if (ev == QLatin1String("step")) {
            s.steps.append({o.value(QStringLiteral("t")).toDouble(),
                            o.value(QStringLiteral("task")).toString()});
        } else if (ev == QLatin1String("done")) {
            const QString task = o.value(QStringLiteral("task")).toString();
            if (!s.done.contains(task))
                s.doneOrder << task;
            s.done[task] = {o.value(QStringLiteral("state")).toString(),
                            o.value(QStringLiteral("exc")).toString()};
        } else if (ev == QLatin1String("end")) {
            s.endStatus = o.value(QStringLiteral("status")).toString();
        }
    }
    return s;
}

inline QString describeDone(const DoneState &d)
{
    return d.exc.isEmpty() ? d.state : d.state + QLatin1Char('(') + d.exc + QLatin1Char(')');
}

// Empty when the step sequences (t within 1e-9, same task) and the final done
// states are equal.
inline QString compareSchedule(const Schedule &exp, const Schedule &act)
{
    const qsizetype n = qMin(exp.steps.size(), act.steps.size());
    for (qsizetype i = 0; i < n; ++i) {
        const Step &e = exp.steps[i];
        const Step &a = act.steps[i];
        if (e.task != a.task || !sameTime(e.t, a.t))
            return QStringLiteral("step #%1: expected (t=%2, %3), got (t=%4, %5)")
                .arg(i + 1).arg(e.t, 0, 'g', 17).arg(e.task).arg(a.t, 0, 'g', 17).arg(a.task);
    }
    if (exp.steps.size() != act.steps.size()) {
        QString msg = QStringLiteral("step count: expected %1, got %2")
                          .arg(exp.steps.size()).arg(act.steps.size());
        if (exp.steps.size() > n)
            msg += QStringLiteral("; first missing: (t=%1, %2)")
                       .arg(exp.steps[n].t, 0, 'g', 17).arg(exp.steps[n].task);
        else
            msg += QStringLiteral("; first extra: (t=%1, %2)")
                       .arg(act.steps[n].t, 0, 'g', 17).arg(act.steps[n].task);
        return msg;
    }
    for (auto it = exp.done.cbegin(); it != exp.done.cend(); ++it) {
        if (!act.done.contains(it.key()))
            return QStringLiteral("task %1: expected done %2, never finished")
                .arg(it.key(), describeDone(it.value()));
        if (!(act.done.value(it.key()) == it.value()))
            return QStringLiteral("task %1: expected done %2, got %3")
                .arg(it.key(), describeDone(it.value()), describeDone(act.done.value(it.key())));
    }
    for (auto it = act.done.cbegin(); it != act.done.cend(); ++it) {
        if (!exp.done.contains(it.key()))
            return QStringLiteral("task %1: finished (%2) but is not done in the expected trace")
                .arg(it.key(), describeDone(it.value()));
    }
    return QString();
}

struct Timer {
    double when = 0;
    QString label;
};

struct Tick {
    double t = 0;
    QStringList ready;
    QList<Timer> timers;
};

inline QList<Tick> extractTicks(const QList<QJsonObject> &events)
{
    QList<Tick> ticks;
    for (const QJsonObject &o : events) {
        if (o.value(QStringLiteral("ev")).toString() != QLatin1String("tick"))
            continue;
        Tick k;
        k.t = o.value(QStringLiteral("t")).toDouble();
        for (const QJsonValue &v : o.value(QStringLiteral("ready")).toArray())
            k.ready << v.toString();
        for (const QJsonValue &v : o.value(QStringLiteral("timers")).toArray()) {
            const QJsonArray pair = v.toArray();
            k.timers.append({pair.at(0).toDouble(), pair.at(1).toString()});
        }
        ticks << k;
    }
    return ticks;
}

inline QString describeTimers(const QList<Timer> &timers)
{
    QStringList parts;
    for (const Timer &t : timers)
        parts << QStringLiteral("[%1, %2]").arg(t.when, 0, 'g', 17).arg(t.label);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// Empty when every tick has the same ready labels and timers (when to 1e-9).
// With compareTickTimes, the ticks' own clocks must match too.
inline QString compareTicks(const QList<Tick> &exp, const QList<Tick> &act,
                            bool compareTickTimes = false)
{
    const qsizetype n = qMin(exp.size(), act.size());
    for (qsizetype i = 0; i < n; ++i) {
        const Tick &e = exp[i];
        const Tick &a = act[i];
        if (compareTickTimes && !sameTime(e.t, a.t))
            return QStringLiteral("tick #%1: expected t=%2, got t=%3")
                .arg(i + 1).arg(e.t, 0, 'g', 17).arg(a.t, 0, 'g', 17);
        if (e.ready != a.ready)
            return QStringLiteral("tick #%1 (t=%2): ready expected [%3], got [%4]")
                .arg(i + 1).arg(e.t, 0, 'g', 17)
                .arg(e.ready.join(QStringLiteral(", ")), a.ready.join(QStringLiteral(", ")));
        bool same = e.timers.size() == a.timers.size();
        for (qsizetype j = 0; same && j < e.timers.size(); ++j)
            same = e.timers[j].label == a.timers[j].label && sameTime(e.timers[j].when, a.timers[j].when);
        if (!same)
            return QStringLiteral("tick #%1 (t=%2): timers expected %3, got %4")
                .arg(i + 1).arg(e.t, 0, 'g', 17)
                .arg(describeTimers(e.timers), describeTimers(a.timers));
    }
    if (exp.size() != act.size())
        return QStringLiteral("tick count: expected %1, got %2").arg(exp.size()).arg(act.size());
    return QString();
}

// Compares two traces: schedule, then ticks. Empty when they match.
inline QString compareTraces(const QByteArray &expectedJsonl, const QByteArray &actualJsonl,
                             bool withTicks = true)
{
    QString err;
    const QList<QJsonObject> e = parseJsonl(expectedJsonl, &err);
    if (!err.isEmpty())
        return QStringLiteral("expected ") + err;
    const QList<QJsonObject> a = parseJsonl(actualJsonl, &err);
    if (!err.isEmpty())
        return QStringLiteral("actual ") + err;
    QString msg = compareSchedule(extractSchedule(e), extractSchedule(a));
    if (!msg.isEmpty())
        return QStringLiteral("schedule: ") + msg;
    if (withTicks) {
        msg = compareTicks(extractTicks(e), extractTicks(a));
        if (!msg.isEmpty())
            return QStringLiteral("ticks: ") + msg;
    }
    return QString();
}

// ---------------------------------------------------------------------------
// One corpus program, end to end
// ---------------------------------------------------------------------------

struct ProgramOptions {
    int timeoutMs = 60000;
    bool compareTrace = false;    // also run with --trace and compare it
    bool compareTicks = true;     // with compareTrace: the ticks too
    QString traceDir;             // where to write the actual trace (default: temp dir)
};

// Runs <corpusDir>/<name> with `exe run` and compares it with
// <corpusDir>/expected/. Empty when it matches; otherwise a message naming
// the first difference.
inline QString checkProgram(const QString &exe, const QString &corpusDir, const QString &name,
                            const ProgramOptions &opt = {})
{
    const QString stem = QFileInfo(name).completeBaseName();
    const Expected exp = loadExpected(corpusDir, stem);
    if (!exp.ok)
        return exp.error;
    QString tracePath;
    if (opt.compareTrace) {
        if (!exp.hasTrace)
            return QStringLiteral("no expected trace %1/expected/%2.jsonl").arg(corpusDir, stem);
        const QString dir = opt.traceDir.isEmpty() ? QDir::tempPath() : opt.traceDir;
        tracePath = QStringLiteral("%1/loopscope-%2-%3.jsonl")
                        .arg(dir, stem).arg(QCoreApplication::applicationPid());
        QFile::remove(tracePath);
    }
    const RunResult run = runScript(exe, corpusDir + QLatin1Char('/') + name, tracePath, opt.timeoutMs);
    QString msg = compareRun(exp, run);
    if (msg.isEmpty() && opt.compareTrace) {
        const auto actual = readFile(tracePath);
        if (!actual)
            msg = QStringLiteral("no trace written to %1").arg(tracePath);
        else
            msg = compareTraces(exp.trace, *actual, opt.compareTicks);
    }
    if (!tracePath.isEmpty())
        QFile::remove(tracePath);
    return msg;
}

} // namespace corpus
