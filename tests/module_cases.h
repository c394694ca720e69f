// Shared by the tst_modules_<area>.cpp tests: loads the cases that
// tools/gen_module_cases.py generated from CPython 3.11.7 (one snippet per
// line: name, source, expected output) and runs each on a fresh VM.
#pragma once

#include "test_host.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

namespace ls::test {

inline QString unescapeModuleCase(const QString &s) {
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

// One data row per case of tests/data/module_cases_<area>.txt.
inline void addModuleCaseRows(const char *area) {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QString rel = QStringLiteral("tests/data/module_cases_%1.txt").arg(area);
    QFile f(QStringLiteral(LOOPSCOPE_SOURCE_DIR "/") + rel);
    QVERIFY2(f.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(rel));
    int line = 0;
    while (!f.atEnd()) {
        QString l = QString::fromUtf8(f.readLine());
        ++line;
        if (l.endsWith('\n')) l.chop(1);
        if (l.isEmpty() || l.startsWith('#')) continue;
        QStringList parts = l.split('\t');
        QVERIFY2(parts.size() == 3, qPrintable(QStringLiteral("%1: bad line %2").arg(rel).arg(line)));
        QTest::newRow(parts[0].toUtf8().constData()) << unescapeModuleCase(parts[1]) << unescapeModuleCase(parts[2]);
    }
}

inline void runModuleCaseRow() {
    QFETCH(QString, source);
    QFETCH(QString, expected);
    std::string got = runCapture(source.toStdString());
    QCOMPARE(QString::fromStdString(got), expected);
}

}  // namespace ls::test
