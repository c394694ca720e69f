// tuple, list, dict, set, frozenset, range and slice against CPython 3.11.7:
// the programs and outputs of tests/data/container_cases.txt
// (tools/gen_container_cases.py).
#include "case_file.h"

#include <QtTest>

class TestBuiltinsContainers : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addScriptCaseRows("tests/data/container_cases.txt"); }
    void cases() { ls::test::runScriptCaseRow(); }
};

QTEST_GUILESS_MAIN(TestBuiltinsContainers)
#include "tst_builtins_containers.moc"
