// The math module against CPython 3.11.7: tests/data/module_cases_math.txt
// (tools/gen_module_cases.py from tools/module_cases/math.py).
#include "module_cases.h"

class TstModulesMath : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("math"); }
    void cases() { ls::test::runModuleCaseRow(); }
};

QTEST_GUILESS_MAIN(TstModulesMath)
#include "tst_modules_math.moc"
