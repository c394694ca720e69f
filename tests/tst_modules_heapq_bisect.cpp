// The heapq_bisect module against CPython 3.11.7: tests/data/module_cases_heapq_bisect.txt
// (tools/gen_module_cases.py from tools/module_cases/heapq_bisect.py).
#include "module_cases.h"

class TstModulesHeapqBisect : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("heapq_bisect"); }
    void cases() { ls::test::runModuleCaseRow(); }
};

QTEST_GUILESS_MAIN(TstModulesHeapqBisect)
#include "tst_modules_heapq_bisect.moc"
