// enum and dataclasses against CPython 3.11.7: tests/data/module_cases_classes.txt
// (tools/gen_module_cases.py from tools/module_cases/classes.py).
// enum finishes its classes in Enum.__init_subclass__: while the VM does not
// call __init_subclass__ at class creation, the enum rows are skipped.
#include "module_cases.h"

namespace {

bool vmCallsInitSubclass() {
    return ls::test::runCapture("class A:\n    def __init_subclass__(cls):\n        print('yes')\nclass B(A): pass\n") == "yes\n";
}

}  // namespace

class TstModulesClasses : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addModuleCaseRows("classes"); }
    void cases() {
        QFETCH(QString, source);
        if (source.contains("from enum") && !vmCallsInitSubclass())
            QSKIP("the VM does not call __init_subclass__ yet (enum needs it)");
        ls::test::runModuleCaseRow();
    }
};

QTEST_GUILESS_MAIN(TstModulesClasses)
#include "tst_modules_classes.moc"
