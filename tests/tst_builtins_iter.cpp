// The iteration and introspection builtins (print, len, enumerate, zip, map,
// filter, sorted, reversed, min, max, sum, any, all, iter, next, isinstance,
// getattr, id, vars, dir, globals, locals, ...) against CPython 3.11.7: the
// programs and outputs of tests/data/iter_cases.txt
// (tools/gen_container_cases.py).
#include "case_file.h"

#include <QtTest>

class TestBuiltinsIter : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addScriptCaseRows("tests/data/iter_cases.txt"); }
    void cases() { ls::test::runScriptCaseRow(); }
    // Every print() call reaches the host once, with sep and end applied,
    // whatever its file.
    void printReportsEachCall() {
        ls::test::CaptureHost host;
        ls::interp::VM vm(host);
        vm.runMain("class W:\n    def write(self, s): pass\nprint(1, 2, sep='-')\nprint('x', end='', file=W())\n", "t.py");
        QCOMPARE(host.prints.size(), size_t(2));
        QCOMPARE(QString::fromStdString(host.prints[0]), QStringLiteral("1-2\n"));
        QCOMPARE(QString::fromStdString(host.prints[1]), QStringLiteral("x"));
        QCOMPARE(QString::fromStdString(host.out), QStringLiteral("1-2\n"));
    }
};

QTEST_GUILESS_MAIN(TestBuiltinsIter)
#include "tst_builtins_iter.moc"
