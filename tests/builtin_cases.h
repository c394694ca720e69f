// Shared by tst_builtins_numbers.cpp and tst_builtins_str.cpp: loads the
// cases tools/gen_builtin_cases.py generated from CPython 3.11.7 and builds
// the same snippet the generator ran (see snippet() there).
#pragma once

#include "test_host.h"

#include <QFile>
#include <QString>
#include <QTest>

#include <string>

namespace ls::test {

inline QString unescapeCase(const QString &s) {
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

inline std::string caseSnippet(const QString &kind, const QString &source) {
    std::string src = source.toStdString();
    if (kind == "code") return src;
    return "try:\n    __r = (" + src + ")\nexcept Exception as __e:\n    print(type(__e).__name__, __e)\n"
           "else:\n    print(repr(__r))\n";
}

// Adds one data row per case line: columns kind, source, expected.
inline void addCaseRows(const char *relPath) {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QFile f(QStringLiteral(LOOPSCOPE_SOURCE_DIR "/") + relPath);
    QVERIFY2(f.open(QIODevice::ReadOnly | QIODevice::Text), relPath);
    int line = 0;
    while (!f.atEnd()) {
        QString l = QString::fromUtf8(f.readLine());
        ++line;
        if (l.endsWith('\n')) l.chop(1);
        if (l.isEmpty() || l.startsWith('#')) continue;
        QStringList parts = l.split('\t');
        QVERIFY2(parts.size() == 3, qPrintable(QString("bad line %1").arg(line)));
        QString source = unescapeCase(parts[1]);
        QString name = QString("%1: %2").arg(line).arg(source.left(60));
        QTest::newRow(name.toUtf8().constData()) << parts[0] << source << unescapeCase(parts[2]);
    }
}

inline void runCaseRow() {
    QFETCH(QString, kind);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    std::string got = runCapture(caseSnippet(kind, source));
    QCOMPARE(QString::fromStdString(got), expected);
}

}  // namespace ls::test
