// The typing module against CPython 3.11.7: tests/data/module_cases_typing.txt
// (tools/gen_module_cases.py from tools/module_cases/typing.py).
#include "module_cases.h"

class TstModulesTyping : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("typing"); }
    void cases() { ls::test::runModuleCaseRow(); }
};

QTEST_GUILESS_MAIN(TstModulesTyping)
#include "tst_modules_typing.moc"
