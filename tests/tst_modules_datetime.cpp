// The datetime module against CPython 3.11.7: tests/data/module_cases_datetime.txt
// (tools/gen_module_cases.py from tools/module_cases/datetime.py).
#include "module_cases.h"

class TstModulesDatetime : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("datetime"); }
    void cases() { ls::test::runModuleCaseRow(); }
};

QTEST_GUILESS_MAIN(TstModulesDatetime)
#include "tst_modules_datetime.moc"
