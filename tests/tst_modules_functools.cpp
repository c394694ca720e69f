// The functools module against CPython 3.11.7: tests/data/module_cases_functools.txt
// (tools/gen_module_cases.py from tools/module_cases/functools.py).
#include "module_cases.h"

class TstModulesFunctools : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("functools"); }
    void cases() { ls::test::runModuleCaseRow(); }
};

QTEST_GUILESS_MAIN(TstModulesFunctools)
#include "tst_modules_functools.moc"
