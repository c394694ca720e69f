// tuple, list, dict, set, frozenset, range and slice against CPython 3.11.7:
// the programs and outputs of tests/data/container_cases.txt
// (tools/gen_container_cases.py).
#include "case_file.h"
#include "interp/cpython_hash.h"
#include "interp/set_update.h"

#include <QtTest>

class TestBuiltinsContainers : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addScriptCaseRows("tests/data/container_cases.txt"); }
    void cases() { ls::test::runScriptCaseRow(); }
    // {10, 2, 18, 33} as CPython compiles it: a folded frozenset constant
    // merged into an empty set iterates as {2, 33, 18, 10}.
    void foldedSetDisplayOrder() {
        ls::test::CaptureHost host;
        ls::interp::VM vm(host);
        using ls::interp::Value;
        Value fs = ls::interp::foldedSetConstant(vm, {Value::integer(10), Value::integer(2), Value::integer(18), Value::integer(33)});
        QCOMPARE(QString::fromStdString(vm.repr(fs)), QStringLiteral("frozenset({2, 33, 18, 10})"));
        Value s = vm.set();
        ls::interp::setUpdateFrom(vm, s.as<ls::interp::SetObject>(), fs);
        QCOMPARE(QString::fromStdString(vm.repr(s)), QStringLiteral("{2, 33, 18, 10}"));
    }
    // CPython 3.11's hash(str) under PYTHONHASHSEED=0 (values from python3),
    // for 1-, 2- and 4-byte PEP 393 storage.
    void strHashMatchesCPython() {
        using ls::interp::cpythonStrHash;
        QCOMPARE(cpythonStrHash("a"), int64_t(4644417185603328019LL));
        QCOMPARE(cpythonStrHash("hello"), int64_t(-2096571579003691106LL));
        QCOMPARE(cpythonStrHash(""), int64_t(0));
        QCOMPARE(cpythonStrHash("abcdefgh"), int64_t(4574395652268504554LL));
        QCOMPARE(cpythonStrHash("abcdefghijklmnop"), int64_t(-7712962755478248686LL));
        QCOMPARE(cpythonStrHash("h\xc3\xa9llo"), int64_t(6395329678795984700LL));
        QCOMPARE(cpythonStrHash("\xe4\xb8\xad\xe6\x96\x87"), int64_t(501833946989431548LL));
        QCOMPARE(cpythonStrHash("\xf0\x9f\x98\x80x"), int64_t(-8926728262118538918LL));
        QCOMPARE(ls::interp::cpythonBytesHash("hello"), int64_t(-2096571579003691106LL));
    }
};

QTEST_GUILESS_MAIN(TestBuiltinsContainers)
#include "tst_builtins_containers.moc"
