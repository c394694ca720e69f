// The operator module against CPython 3.11.7: tests/data/module_cases_operator.txt
// (tools/gen_module_cases.py from tools/module_cases/operator.py).
#include "module_cases.h"

class TstModulesOperator : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("operator"); }
    void cases() { ls::test::runModuleCaseRow(); }
};

QTEST_GUILESS_MAIN(TstModulesOperator)
#include "tst_modules_operator.moc"
