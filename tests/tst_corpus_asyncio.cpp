// asyncio conformance corpus: every tests/corpus/asyncio/*.py is run as
// `loopscope run FILE.py --trace T` and compared with CPython 3.11 (the
// project's oracle, tools/oracle.py): stdout, exit code, the exception line,
// and the trace's step schedule, final task states and per-tick ready queue
// and timers. See tests/corpus_runner.h for the rules.
#include <QtTest>

#include "corpus_runner.h"

class TstCorpusAsyncio : public QObject
{
    Q_OBJECT

private:
    static QString corpusDir() { return QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/corpus/asyncio"); }

private slots:
    void initTestCase()
    {
        QVERIFY(!corpus::listPrograms(corpusDir()).isEmpty());
        QVERIFY(QFileInfo(QStringLiteral(LOOPSCOPE_EXE)).isExecutable());
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
        opt.compareTrace = true;
        const QString problem = corpus::checkProgram(QStringLiteral(LOOPSCOPE_EXE), corpusDir(), name, opt);
        QVERIFY2(problem.isEmpty(), qPrintable(name + QStringLiteral(": ") + problem));
    }
};

QTEST_GUILESS_MAIN(TstCorpusAsyncio)
#include "tst_corpus_asyncio.moc"
