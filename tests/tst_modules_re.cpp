// The re module against CPython 3.11.7: tests/data/module_cases_re.txt
// (tools/gen_module_cases.py from tools/module_cases/re.py).
#include "module_cases.h"

class TstModulesRe : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("re"); }
    void cases() { ls::test::runModuleCaseRow(); }
};

QTEST_GUILESS_MAIN(TstModulesRe)
#include "tst_modules_re.moc"
