// str: operators, indexing, methods, %-formatting, str.format, format(),
// chr/ord/ascii/repr against CPython 3.11.7: each case of
// tests/data/builtin_str_cases.txt (tools/gen_builtin_cases.py) runs on a
// fresh VM and must print exactly what CPython printed.
#include "builtin_cases.h"

#include <QtTest>

class TestBuiltinsStr : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addCaseRows("tests/data/builtin_str_cases.txt"); }
    void cases() { ls::test::runCaseRow(); }
};

QTEST_GUILESS_MAIN(TestBuiltinsStr)
#include "tst_builtins_str.moc"
