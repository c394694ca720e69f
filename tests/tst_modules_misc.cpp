// The types, abc and contextvars modules against CPython 3.11.7: tests/data/module_cases_misc.txt
// (tools/gen_module_cases.py from tools/module_cases/misc.py).
#include "module_cases.h"

class TstModulesMisc : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("misc"); }
    void cases() { ls::test::runModuleCaseRow(); }
};

QTEST_GUILESS_MAIN(TstModulesMisc)
#include "tst_modules_misc.moc"
