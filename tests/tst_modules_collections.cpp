// The collections module against CPython 3.11.7: tests/data/module_cases_collections.txt
// (tools/gen_module_cases.py from tools/module_cases/collections.py).
#include "module_cases.h"

class TstModulesCollections : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("collections"); }
    void cases() { ls::test::runModuleCaseRow(); }
};

QTEST_GUILESS_MAIN(TstModulesCollections)
#include "tst_modules_collections.moc"
