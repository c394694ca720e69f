// The statistics module against CPython 3.11.7: tests/data/module_cases_statistics.txt
// (tools/gen_module_cases.py from tools/module_cases/statistics.py).
#include "module_cases.h"

class TstModulesStatistics : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("statistics"); }
    void cases() { ls::test::runModuleCaseRow(); }
};

QTEST_GUILESS_MAIN(TstModulesStatistics)
#include "tst_modules_statistics.moc"
