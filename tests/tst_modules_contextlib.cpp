// The contextlib module against CPython 3.11.7: tests/data/module_cases_contextlib.txt
// (tools/gen_module_cases.py from tools/module_cases/contextlib.py).
#include "module_cases.h"

class TstModulesContextlib : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("contextlib"); }
    void cases() { ls::test::runModuleCaseRow(); }
};

QTEST_GUILESS_MAIN(TstModulesContextlib)
#include "tst_modules_contextlib.moc"
