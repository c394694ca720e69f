// int, bool, float, None and the numeric builtins (abs round divmod pow
// bin hex oct hash format) against CPython 3.11.7: each case of
// tests/data/builtin_number_cases.txt (tools/gen_builtin_cases.py) runs on a
// fresh VM and must print exactly what CPython printed.
#include "builtin_cases.h"

#include <QtTest>

class TestBuiltinsNumbers : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addCaseRows("tests/data/builtin_number_cases.txt"); }
    void cases() { ls::test::runCaseRow(); }
};

QTEST_GUILESS_MAIN(TestBuiltinsNumbers)
#include "tst_builtins_numbers.moc"
