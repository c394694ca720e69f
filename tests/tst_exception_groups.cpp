// The C++ side of exception groups (interp/exception_groups.h) as natives
// such as asyncio's TaskGroup use it, and VM::formatException's boxed
// layout. Expected texts are CPython 3.11.7's (traceback.format_exception
// of the same groups); the Python side is covered by tests/corpus/lang
// 400-429.
#include "interp/exception_groups.h"

#include "test_host.h"

#include <QTest>

using namespace ls::interp;

class TstExceptionGroups : public QObject {
    Q_OBJECT
private slots:
    // _PyExc_CreateExceptionGroup: an ExceptionGroup when every member is
    // an Exception, else a BaseExceptionGroup.
    void makeChoosesTheClass()
    {
        ls::test::CaptureHost host;
        VM vm(host);
        Value plain = makeExceptionGroup(vm, "m", {vm.newException(vm.exc.ValueError, "1"), vm.newException(vm.exc.TypeError, "2")});
        QCOMPARE(vm.typeOf(plain), vm.exc.ExceptionGroup);
        QVERIFY(vm.isInstance(plain, vm.exc.Exception));
        QVERIFY(isExceptionGroup(vm, plain));
        QCOMPARE(vm.repr(plain), std::string("ExceptionGroup('m', (ValueError('1'), TypeError('2')))"));

        Value base = makeExceptionGroup(vm, "b", {vm.newException(vm.exc.KeyboardInterrupt, std::vector<Value>{})});
        QCOMPARE(vm.typeOf(base), vm.exc.BaseExceptionGroup);
        QVERIFY(!vm.isInstance(base, vm.exc.Exception));
        QVERIFY(!isExceptionGroup(vm, vm.newException(vm.exc.ValueError, "x")));
    }

    void emptyGroupIsRefused()
    {
        ls::test::CaptureHost host;
        VM vm(host);
        try {
            makeExceptionGroup(vm, "m", {});
            QFAIL("no exception");
        } catch (PyException &e) {
            QCOMPARE(vm.typeOf(e.exc), vm.exc.ValueError);
            QCOMPARE(vm.toStr(e.exc), std::string("second argument (exceptions) must be a non-empty sequence"));
        }
    }

    // A group that was never raised: no traceback header, nested boxes.
    void formatUnraisedNestedGroup()
    {
        ls::test::CaptureHost host;
        VM vm(host);
        Value inner = makeExceptionGroup(vm, "inner", {vm.newException(vm.exc.KeyboardInterrupt, std::vector<Value>{})});
        Value outer = makeExceptionGroup(vm, "outer", {vm.newException(vm.exc.ValueError, "v"), inner});
        QCOMPARE(vm.formatException(outer),
                 std::string("  | BaseExceptionGroup: outer (2 sub-exceptions)\n"
                             "  +-+---------------- 1 ----------------\n"
                             "    | ValueError: v\n"
                             "    +---------------- 2 ----------------\n"
                             "    | BaseExceptionGroup: inner (1 sub-exception)\n"
                             "    +-+---------------- 1 ----------------\n"
                             "      | KeyboardInterrupt\n"
                             "      +------------------------------------\n"));
    }

    // except* run by the VM: the handled part, and what a clause raises
    // combined with the unhandled rest.
    void exceptStarThroughTheVm()
    {
        const std::string out = ls::test::runCapture(
            "try:\n"
            "    try:\n"
            "        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])\n"
            "    except* ValueError as e:\n"
            "        print(repr(e))\n"
            "    except* TypeError:\n"
            "        raise RuntimeError('new')\n"
            "except ExceptionGroup as rest:\n"
            "    print(repr(rest), repr(rest.exceptions[0].__context__))\n");
        QCOMPARE(out, std::string("ExceptionGroup('eg', [ValueError(1)])\n"
                                  "ExceptionGroup('', [RuntimeError('new'), ExceptionGroup('eg', [KeyError(3)])]) "
                                  "ExceptionGroup('eg', [TypeError(2)])\n"));
    }
};

QTEST_GUILESS_MAIN(TstExceptionGroups)
#include "tst_exception_groups.moc"
