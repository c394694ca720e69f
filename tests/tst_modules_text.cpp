// The string, textwrap, copy, json, warnings and logging modules against CPython 3.11.7: tests/data/module_cases_text.txt
// (tools/gen_module_cases.py from tools/module_cases/text.py).
#include "module_cases.h"

class TstModulesText : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("text"); }
    void cases() { ls::test::runModuleCaseRow(); }
};

QTEST_GUILESS_MAIN(TstModulesText)
#include "tst_modules_text.moc"
