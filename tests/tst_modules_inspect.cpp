// The inspect module against CPython 3.11.7: tests/data/module_cases_inspect.txt
// (tools/gen_module_cases.py from tools/module_cases/inspect.py).
#include "module_cases.h"

class TstModulesInspect : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("inspect"); }
    void cases() { ls::test::runModuleCaseRow(); }
};

QTEST_GUILESS_MAIN(TstModulesInspect)
#include "tst_modules_inspect.moc"
