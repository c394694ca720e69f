// Ints beyond int64 (interp/bigint.h) against CPython 3.11.7: every case of
// tests/data/bigint_cases.txt (tools/gen_bigint_cases.py) runs on a fresh VM
// and must print exactly what CPython printed. The representation rule
// (results that fit go back inline) and LoopScope's own size cap are
// checked directly below; CPython has no such cap to generate from.
#include "builtin_cases.h"

#include "interp/bigint.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace ls::interp;

class TestBigInt : public QObject {
    Q_OBJECT
private slots:
    void cases_data() { ls::test::addCaseRows("tests/data/bigint_cases.txt"); }
    void cases() { ls::test::runCaseRow(); }

    // A result that fits int64 is an inline int again, whatever produced it,
    // so identity-based fast paths (dict probing, `is` on small results) and
    // hash agree between the two representations.
    void resultsThatFitAreInline() {
        ls::test::CaptureHost host;
        VM vm(host);
        Value big = vm.binaryOp(BinOp::Pow, Value::integer(2), Value::integer(64));
        QVERIFY(big.is(Kind::BigInt));
        Value back = vm.binaryOp(BinOp::Sub, big, Value::integer(1));
        QVERIFY(back.is(Kind::BigInt));  // 2**64 - 1 does not fit int64
        Value small = vm.binaryOp(BinOp::FloorDiv, big, Value::integer(4));
        QVERIFY(small.isInt());
        QCOMPARE(small.asInt(), int64_t{1} << 62);
        Value neg = vm.unaryNegative(Value::integer(INT64_MIN));
        QVERIFY(neg.is(Kind::BigInt));
        Value min = vm.unaryNegative(neg);
        QVERIFY(min.isInt());
        QCOMPARE(min.asInt(), INT64_MIN);
        QCOMPARE(vm.hash(big), vm.hash(Value::real(18446744073709551616.0)));
    }

    // Sizes beyond the cap fail at once with MemoryError (CPython would try
    // for minutes or exhaust memory), and the VM stays usable.
    void hugeResultsRaiseMemoryError() {
        QElapsedTimer t;
        t.start();
        std::string out = ls::test::runCapture(
            "import math\n"
            "for f in [lambda: 10 ** (10 ** 9), lambda: 1 << 2 ** 40, lambda: (2 ** 100) ** (10 ** 8),\n"
            "          lambda: 7 ** 2 ** 70, lambda: math.factorial(10 ** 8), lambda: math.comb(10 ** 9, 10 ** 8)]:\n"
            "    try:\n"
            "        f()\n"
            "    except MemoryError as e:\n"
            "        print('MemoryError', str(e).startswith('int result too large'))\n"
            "print(2 ** 100 % 7)\n");
        QCOMPARE(out, std::string("MemoryError True\nMemoryError True\nMemoryError True\nMemoryError True\n"
                                  "MemoryError True\nMemoryError True\n2\n"));
        QVERIFY2(t.elapsed() < 60000, "the cap is checked before GMP runs");
    }
};

QTEST_GUILESS_MAIN(TestBigInt)
#include "tst_bigint.moc"
