// Plain-Python conformance corpus: every tests/corpus/lang/*.py is run as
// `loopscope run FILE.py` and compared with what CPython (the run contract's
// oracle) produced, stored in tests/corpus/lang/expected/ by
// tools/gen_expected.py. See tests/corpus_runner.h for the comparison rules.
#include <QtTest>

#include "corpus_runner.h"

#ifndef LOOPSCOPE_SOURCE_DIR
#error "LOOPSCOPE_SOURCE_DIR must be defined (tests/CMakeLists.txt does)"
#endif
#ifndef LOOPSCOPE_EXE
#error "LOOPSCOPE_EXE must be defined (tests/CMakeLists.txt does)"
#endif

class TstCorpusLang : public QObject
{
    Q_OBJECT

private:
    static QString corpusDir()
    {
        return QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/corpus/lang");
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(corpusDir()).isDir(),
                 qPrintable(QStringLiteral("no corpus directory ") + corpusDir()));
        QVERIFY2(!corpus::listPrograms(corpusDir()).isEmpty(), "the corpus has no programs");
        QVERIFY2(QFileInfo(QStringLiteral(LOOPSCOPE_EXE)).isExecutable(),
                 qPrintable(QStringLiteral("not an executable: " LOOPSCOPE_EXE)));
    }

    void program_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : corpus::listPrograms(corpusDir()))
            QTest::newRow(qPrintable(name)) << name;
    }

    void program()
    {
        QFETCH(QString, name);
        corpus::ProgramOptions opt;
        opt.timeoutMs = 60000;
        const QString problem = corpus::checkProgram(QStringLiteral(LOOPSCOPE_EXE), corpusDir(), name, opt);
        QVERIFY2(problem.isEmpty(), qPrintable(name + QStringLiteral(": ") + problem));
    }

    // The comparison rules themselves, independent of the interpreter.
    void normalisation()
    {
        QCOMPARE(corpus::normalise(QStringLiteral("<Foo object at 0x7f3a2b>")),
                 QStringLiteral("<Foo object at 0x?>"));
        QCOMPARE(corpus::normalise(QStringLiteral("  File \"/work/main/tests/corpus/lang/x.py\", line 3")),
                 QStringLiteral("  File \"x.py\", line 3"));
        QCOMPARE(corpus::normalise(QStringLiteral("a\r\nb")), QStringLiteral("a\nb"));
        QCOMPARE(corpus::lastNonEmptyLine(QStringLiteral("Traceback\nKeyError: 'k'\n\n")),
                 QStringLiteral("KeyError: 'k'"));
        QVERIFY(corpus::firstDifference(QStringLiteral("a\nb\n"), QStringLiteral("a\nb\n")).isEmpty());
        QVERIFY(corpus::firstDifference(QStringLiteral("a\nb\n"), QStringLiteral("a\nc\n")).contains(QStringLiteral("line 2")));
    }

    void traceComparison()
    {
        const QByteArray exp =
            "{\"t\": 0.0, \"ev\": \"create\", \"task\": \"Task-1\", \"coro\": \"main\"}\n"
            "{\"t\": 0.0, \"ev\": \"tick\", \"ready\": [\"step:Task-1\"], \"timers\": []}\n"
            "{\"t\": 0.0, \"ev\": \"step\", \"task\": \"Task-1\"}\n"
            "{\"t\": 1.0, \"ev\": \"tick\", \"ready\": [], \"timers\": [[1.0, \"Task-1\"]]}\n"
            "{\"t\": 1.0, \"ev\": \"step\", \"task\": \"Task-1\"}\n"
            "{\"t\": 1.0, \"ev\": \"done\", \"task\": \"Task-1\", \"state\": \"finished\"}\n"
            "{\"t\": 1.0, \"ev\": \"end\", \"status\": \"ok\"}\n";
        QByteArray close = exp;
        close.replace("\"t\": 1.0, \"ev\": \"step\"", "\"t\": 1.0000000000001, \"ev\": \"step\"");
        QVERIFY(corpus::compareTraces(exp, close).isEmpty());
        QByteArray late = exp;
        late.replace("\"t\": 1.0, \"ev\": \"step\"", "\"t\": 1.5, \"ev\": \"step\"");
        QVERIFY(corpus::compareTraces(exp, late).contains(QStringLiteral("step #2")));
        QByteArray failed = exp;
        failed.replace("\"state\": \"finished\"", "\"state\": \"failed\", \"exc\": \"ValueError\"");
        QVERIFY(corpus::compareTraces(exp, failed).contains(QStringLiteral("ValueError")));
        QByteArray timers = exp;
        timers.replace("[[1.0, \"Task-1\"]]", "[[1.0, \"cb:f\"]]");
        QVERIFY(corpus::compareTraces(exp, timers).contains(QStringLiteral("timers")));
        QVERIFY(corpus::compareTraces(exp, timers, /*withTicks=*/false).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCorpusLang)
#include "tst_corpus_lang.moc"
