// Reads the generated case files of tools/gen_container_cases.py
// (tests/data/container_cases.txt, iter_cases.txt) and runs them through
// QTest's data-driven tests. See the generator for the format.
#pragma once

#include "test_host.h"

#include <QFile>
#include <QTest>

#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

namespace ls::test {

struct ScriptCase {
    std::string name, source, expected;
};

// The cases of `relPath` (relative to the repository root), each source
// prefixed with the file's prelude.
inline std::vector<ScriptCase> readScriptCases(const char *relPath) {
    QFile f(QStringLiteral(LOOPSCOPE_SOURCE_DIR "/") + QString::fromUtf8(relPath));
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot open %s", relPath);
    std::string text = f.readAll().toStdString();
    std::vector<std::string> lines;
    size_t pos = 0;
    for (;;) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) {
            lines.push_back(text.substr(pos));
            break;
        }
        lines.push_back(text.substr(pos, nl - pos));
        pos = nl + 1;
    }
    auto take = [&](size_t &i, size_t n) {
        std::string out;
        for (size_t k = 0; k < n && i < lines.size(); ++k, ++i) out += (k ? "\n" : "") + lines[i];
        return out;
    };
    std::vector<ScriptCase> cases;
    std::string prelude;
    for (size_t i = 0; i < lines.size();) {
        const std::string &l = lines[i];
        if (l.rfind("@@prelude ", 0) == 0) {
            size_t n = std::stoul(l.substr(10));
            ++i;
            prelude = take(i, n) + "\n";
        } else if (l.rfind("@@case ", 0) == 0) {
            char name[256];
            size_t s = 0, o = 0;
            std::sscanf(l.c_str(), "@@case %255s %zu %zu", name, &s, &o);
            ++i;
            ScriptCase c;
            c.name = name;
            c.source = prelude + take(i, s) + "\n";
            c.expected = take(i, o);
            cases.push_back(std::move(c));
        } else {
            ++i;
        }
    }
    return cases;
}

// Replaces every "0x<hex>" by "0x?", as the generator does.
inline std::string maskAddresses(const std::string &s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 2, "0x") == 0 && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out += "0x?";
            i += 2;
            while (i < s.size() && std::isxdigit(static_cast<unsigned char>(s[i]))) ++i;
            --i;
        } else {
            out += s[i];
        }
    }
    return out;
}

inline void addScriptCaseRows(const char *relPath) {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    for (auto &c : readScriptCases(relPath))
        QTest::newRow(c.name.c_str()) << QString::fromStdString(c.source) << QString::fromStdString(c.expected);
}

inline void runScriptCaseRow() {
    QFETCH(QString, source);
    QFETCH(QString, expected);
    std::string out = maskAddresses(runCapture(source.toStdString()));
    if (QString::fromStdString(out) != expected)  // QCOMPARE truncates long texts
        qWarning("actual:\n%s\nexpected:\n%s", out.c_str(), expected.toUtf8().constData());
    QCOMPARE(QString::fromStdString(out), expected);
}

}  // namespace ls::test
