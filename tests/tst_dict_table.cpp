// DictTable: insertion order, replacement, deletion holes, growth, popLast,
// and keys that are equal across types (1 == 1.0 == True).
#include "interp/dict_table.h"
#include "interp/vm.h"
#include "test_host.h"

#include <QtTest>

using namespace ls::interp;

class TestDictTable : public QObject {
    Q_OBJECT
private slots:
    void insertionOrderSurvivesGrowthAndDeletes() {
        ls::test::CaptureHost host;
        VM vm(host);
        DictTable t;
        for (int i = 0; i < 1000; ++i) QVERIFY(t.set(vm, Value::integer(i * 7), Value::integer(i)));
        for (int i = 0; i < 1000; i += 2) QVERIFY(t.erase(vm, Value::integer(i * 7)));
        QCOMPARE(t.size(), size_t(500));
        std::vector<int64_t> keys;
        for (size_t i = 0; i < t.capacityEnd(); ++i)
            if (!t.entryAt(i).key.isNull()) keys.push_back(t.entryAt(i).key.asInt());
        QCOMPARE(keys.size(), size_t(500));
        for (size_t i = 0; i < keys.size(); ++i) QCOMPARE(keys[i], int64_t((2 * i + 1) * 7));
        // Growth after deletes keeps order too.
        for (int i = 1000; i < 3000; ++i) t.set(vm, Value::integer(i * 7), Value::integer(i));
        QCOMPARE(t.size(), size_t(2500));
        QVERIFY(t.find(vm, Value::integer(7)) != nullptr);
        QVERIFY(t.find(vm, Value::integer(14)) == nullptr);
    }
    void replacingKeepsPosition() {
        ls::test::CaptureHost host;
        VM vm(host);
        DictTable t;
        t.set(vm, vm.str("a"), Value::integer(1));
        t.set(vm, vm.str("b"), Value::integer(2));
        QVERIFY(!t.set(vm, vm.str("a"), Value::integer(3)));
        QCOMPARE(t.entryAt(0).value.asInt(), int64_t(3));
        QCOMPARE(t.entryAt(1).key.as<StrObject>()->s, std::string("b"));
    }
    void numericKeysUnify() {
        ls::test::CaptureHost host;
        VM vm(host);
        DictTable t;
        t.set(vm, Value::integer(1), vm.str("int"));
        QVERIFY(!t.set(vm, Value::real(1.0), vm.str("float")));
        QVERIFY(!t.set(vm, Value::boolean(true), vm.str("bool")));
        QCOMPARE(t.size(), size_t(1));
        QCOMPARE(t.entryAt(0).key.isInt(), true);  // the first key object is kept, as CPython
    }
    void popLastFollowsInsertionOrder() {
        ls::test::CaptureHost host;
        VM vm(host);
        DictTable t;
        for (int i = 0; i < 5; ++i) t.set(vm, Value::integer(i), Value());
        t.erase(vm, Value::integer(4));
        DictTable::Entry e;
        QVERIFY(t.popLast(e));
        QCOMPARE(e.key.asInt(), int64_t(3));
        QCOMPARE(t.size(), size_t(3));
    }
    void strFastLookupMatchesGeneric() {
        ls::test::CaptureHost host;
        VM vm(host);
        DictTable t;
        t.set(vm, vm.str("名字"), Value::integer(7));
        Value *v = t.findStr("名字", strHash("名字"));
        QVERIFY(v);
        QCOMPARE(v->asInt(), int64_t(7));
    }
};

QTEST_GUILESS_MAIN(TestDictTable)
#include "tst_dict_table.moc"
