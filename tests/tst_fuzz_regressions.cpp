// What fuzzing found (fuzz/corpus/regressions/*), replayed as the three fuzz
// targets would run it: through the tokenizer, the parser and compile+run
// under the same budgets. Each input once crashed, hung, leaked or tripped a
// sanitizer; here it must end with an outcome the run contract names. (The
// sanitizer build of CI runs this file too, where a memory error fails.)
// Each file's first line, a comment, says what it found and what it must
// print now: "# expect-stderr: LINE" checks stderr's last line when given.
#include "interp/parser.h"
#include "interp/tokenizer.h"
#include "runner/script_runner.h"

#include <QDir>
#include <QFile>
#include <QtTest>

namespace {

QString regressionsDir() { return QStringLiteral(LOOPSCOPE_SOURCE_DIR "/fuzz/corpus/regressions"); }

}  // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void replay_data() {
        QTest::addColumn<QString>("name");
        const QStringList names = QDir(regressionsDir()).entryList(QDir::Files, QDir::Name);
        for (const QString &n : names) QTest::newRow(qPrintable(n)) << n;
        if (names.isEmpty()) QSKIP("no fuzz findings yet");
    }
    void replay() {
        QFETCH(QString, name);
        QFile f(regressionsDir() + "/" + name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const std::string_view src(bytes.constData(), size_t(bytes.size()));

        ls::Tokenizer tok(src);
        tok.run();
        QVERIFY(!tok.tokens().empty());

        try {
            (void)ls::parseModule(src, "<fuzz>");
        } catch (const ls::SyntaxErrorException &) {
        }

        ls::runner::RunOptions opts;  // as fuzz/fuzz_run.cpp
        opts.scriptPath = "fuzz.py";
        opts.displayPath = "/fuzz/fuzz.py";
        opts.maxInstructions = 200'000;
        opts.maxSteps = 10'000;
        opts.maxHeapBytes = 256ull << 20;
        std::string out, err;
        ls::runner::RunOutput io;
        io.out = [&](std::string_view s) { out.append(s); };
        io.err = [&](std::string_view s) { err.append(s); };
        const int code = ls::runner::runScript(src, opts, io);
        QVERIFY2(code >= 0 && code <= 4, qPrintable(QString("exit code %1").arg(code)));

        const QString first = QString::fromUtf8(bytes).section('\n', 0, 0);
        if (first.startsWith("# expect-stderr: ")) {
            QString e = QString::fromStdString(err).trimmed();
            QCOMPARE(e.section('\n', -1), first.mid(int(strlen("# expect-stderr: "))));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
