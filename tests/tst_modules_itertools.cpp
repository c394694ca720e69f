// The itertools module against CPython 3.11.7: tests/data/module_cases_itertools.txt
// (tools/gen_module_cases.py from tools/module_cases/itertools.py).
#include "module_cases.h"

class TstModulesItertools : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("itertools"); }
    void cases() { ls::test::runModuleCaseRow(); }
};

QTEST_GUILESS_MAIN(TstModulesItertools)
#include "tst_modules_itertools.moc"
