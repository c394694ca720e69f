// The parser against CPython 3.11.7: every snippet of tools/parser_corpus.py
// with what CPython makes of it (tests/data/parser_cases.jsonl, written by
// tools/gen_parser_cases.py; see that script for the fields).
//  - valid sources: dumpAst() must equal ast.dump(), with and without
//    positions;
//  - invalid ones: the SyntaxError's type, message, line, offset, end line
//    and end offset must be compile()'s, the offsets `python3 x.py` reports
//    and formatSyntaxError() its stderr;
//  - deliberate deviations: our own message.
#include "interp/ast_dump.h"
#include "interp/parser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <string>
#include <vector>

namespace {

std::vector<QJsonObject> loadCases()
{
    std::vector<QJsonObject> out;
    QFile f(QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/data/parser_cases.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        QByteArray line = f.readLine().trimmed();
        if (!line.isEmpty())
            out.push_back(QJsonDocument::fromJson(line).object());
    }
    return out;
}

const std::vector<QJsonObject> &cases()
{
    static const std::vector<QJsonObject> all = loadCases();  // read-only after first use
    return all;
}

QByteArray rowName(int i, const QString &source)
{
    QString s = source.left(40);
    s.replace('\n', QStringLiteral("\\n"));
    return QStringLiteral("%1: %2").arg(i).arg(s).toUtf8();
}

std::string str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().toStdString();
}

int num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

}  // namespace

class TestParser : public QObject {
    Q_OBJECT

private slots:
    void corpusLoaded();
    void validSources_data();
    void validSources();
    void syntaxErrors_data();
    void syntaxErrors();
    void deviations_data();
    void deviations();
    void moduleLinesAndFilename();
    void codePointColumns();
    void deepNestingIsRefused();
    void tenThousandLines();
};

void TestParser::corpusLoaded()
{
    int ok = 0, err = 0;
    for (const QJsonObject &c : cases()) {
        ok += c.value("kind") == "ok";
        err += c.value("kind") == "error";
    }
    QVERIFY2(ok >= 400, "tests/data/parser_cases.jsonl: too few valid snippets (run tools/gen_parser_cases.py)");
    QVERIFY(err >= 80);
}

void TestParser::validSources_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("ast");
    QTest::addColumn<QString>("attrs");
    int i = 0;
    for (const QJsonObject &c : cases()) {
        ++i;
        if (c.value("kind") != "ok")
            continue;
        QString src = c.value("source").toString();
        QTest::newRow(rowName(i, src)) << src << c.value("ast").toString() << c.value("attrs").toString();
    }
}

void TestParser::validSources()
{
    QFETCH(QString, source);
    QFETCH(QString, ast);
    QFETCH(QString, attrs);
    std::unique_ptr<ls::ast::Module> m;
    try {
        m = ls::parseModule(source.toStdString(), "x.py");
    } catch (ls::SyntaxErrorException &e) {
        QFAIL(("unexpected SyntaxError: " + e.info.msg + " at line " + std::to_string(e.info.line)).c_str());
    }
    QCOMPARE(QString::fromStdString(ls::dumpAst(*m)), ast);
    QCOMPARE(QString::fromStdString(ls::dumpAst(*m, true)), attrs);
}

void TestParser::syntaxErrors_data()
{
    QTest::addColumn<int>("index");
    int i = 0;
    for (const QJsonObject &c : cases()) {
        ++i;
        if (c.value("kind") == "error")
            QTest::newRow(rowName(i, c.value("source").toString())) << i - 1;
    }
}

void TestParser::syntaxErrors()
{
    QFETCH(int, index);
    const QJsonObject &c = cases()[size_t(index)];
    try {
        ls::parseModule(str(c, "source"), "x.py");
    } catch (ls::SyntaxErrorException &e) {
        const ls::SyntaxErrorInfo &i = e.info;
        QCOMPARE(i.type, str(c, "type"));
        QCOMPARE(i.msg, str(c, "msg"));
        QCOMPARE(i.line, num(c, "line"));
        QCOMPARE(i.offset, num(c, "offset"));
        QCOMPARE(i.endLine, num(c, "endLine"));
        QCOMPARE(i.endOffset, num(c, "endOffset"));
        int fileOffset = i.fileOffsets ? i.fileOffsets->first : i.offset;
        int fileEndOffset = i.fileOffsets ? i.fileOffsets->second : i.endOffset;
        QCOMPARE(fileOffset, num(c, "fileOffset"));
        QCOMPARE(fileEndOffset, num(c, "fileEndOffset"));
        QCOMPARE(QString::fromStdString(ls::formatSyntaxError(i)), c.value("formatted").toString());
        return;
    }
    QFAIL("no SyntaxError");
}

void TestParser::deviations_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("msg");
    int i = 0;
    for (const QJsonObject &c : cases()) {
        ++i;
        if (c.value("kind") == "deviation")
            QTest::newRow(rowName(i, c.value("source").toString()))
                << c.value("source").toString() << c.value("type").toString() << c.value("msg").toString();
    }
}

void TestParser::deviations()
{
    QFETCH(QString, source);
    QFETCH(QString, type);
    QFETCH(QString, msg);
    try {
        ls::parseModule(source.toStdString(), "x.py");
    } catch (ls::SyntaxErrorException &e) {
        QCOMPARE(QString::fromStdString(e.info.type), type);
        QCOMPARE(QString::fromStdString(e.info.msg), msg);
        return;
    }
    QFAIL("no SyntaxError");
}

void TestParser::moduleLinesAndFilename()
{
    auto m = ls::parseModule("x = 1\r\n\r\nif x:\r\n    y = '中'\r\n", "prog.py");
    QCOMPARE(m->filename, std::string("prog.py"));
    QCOMPARE(m->lines.size(), size_t(4));
    QCOMPARE(m->lines[0], std::string("x = 1"));
    QCOMPARE(m->lines[1], std::string(""));
    QCOMPARE(m->lines[3], std::string("    y = '中'"));
    try {
        ls::parseModule("x = (\n", "prog.py");
        QFAIL("no SyntaxError");
    } catch (ls::SyntaxErrorException &e) {
        QCOMPARE(e.info.filename, std::string("prog.py"));
        QCOMPARE(e.info.lineText, std::string("x = ("));
    }
}

void TestParser::codePointColumns()
{
    // Columns count code points (CPython's AST counts UTF-8 bytes).
    auto m = ls::parseModule("名字 = '张三'; 年龄 = 18\n", "x.py");
    QCOMPARE(m->body.size(), size_t(2));
    const ls::ast::Pos &p = m->body[1]->pos;
    QCOMPARE(p.col, 11);
    QCOMPARE(p.endCol, 18);
    // SyntaxError offsets count code points (as compile()), and the caret
    // follows `python3 file.py`, which keeps parser errors in bytes.
    try {
        ls::parseModule("中文 = (1 2)\n", "x.py");
        QFAIL("no SyntaxError");
    } catch (ls::SyntaxErrorException &e) {
        QCOMPARE(e.info.offset, 7);
        QCOMPARE(e.info.endOffset, 10);
        QVERIFY(e.info.fileOffsets.has_value());
        QCOMPARE(e.info.fileOffsets->first, 11);
        QCOMPARE(ls::formatSyntaxError(e.info),
                 std::string("  File \"x.py\", line 1\n    中文 = (1 2)\n              ^^^\n"
                             "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n"));
    }
}

void TestParser::deepNestingIsRefused()
{
    // Too deep for the C++ stack: an error, never a crash.
    std::string src = "x = " + std::string(100000, '-') + "1\n";
    try {
        ls::parseModule(src, "x.py");
        QFAIL("no error");
    } catch (ls::SyntaxErrorException &e) {
        QCOMPARE(e.info.type, std::string("RecursionError"));
    }
    // CPython's compiler gives up at about 3000 levels; 1000 must parse.
    ls::parseModule("x = " + std::string(1000, '-') + "1\n", "x.py");
    ls::parseModule("x = " + std::string(199, '(') + "1" + std::string(199, ')') + "\n", "x.py");
}

void TestParser::tenThousandLines()
{
    std::string chunk;
    for (const QJsonObject &c : cases()) {
        if (c.value("kind") == "ok")
            chunk += str(c, "source") + "\n";
    }
    std::string src;
    size_t lines = 0;
    while (lines < 10000) {
        src += chunk;
        lines = size_t(std::count(src.begin(), src.end(), '\n'));
    }
    qint64 best = -1;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        auto m = ls::parseModule(src, "big.py");
        qint64 ms = t.elapsed();
        QVERIFY(!m->body.empty());
        best = best < 0 ? ms : std::min(best, ms);
    }
    // Speed is a benchmark's business, never a timed assertion: only shown.
    qInfo("parsed %zu lines in %lld ms", lines, static_cast<long long>(best));

    // An error at the end runs the (slower) error finder over everything.
    QElapsedTimer t;
    t.start();
    try {
        ls::parseModule(src + "x = = 1\n", "big.py");
        QFAIL("no SyntaxError");
    } catch (ls::SyntaxErrorException &) {
    }
    qInfo("found the error in %lld ms", static_cast<long long>(t.elapsed()));
}

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
