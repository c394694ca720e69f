// ls::text printf-style formatting against CPython 3.11.7's `str % args`.
// Expected values: tests/data/format_cases.tsv (tools/gen_format_cases.py).
#include <QtTest>

#include "interp/text/percent_format.h"

#include <cstring>

using namespace ls::text;

namespace {

// A backslash, tab, newline or CR in a field is written \\ \t \n \r.
QByteArray unescape(const QByteArray& s) {
    QByteArray out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 == s.size()) {
            out.append(s[i]);
            continue;
        }
        const char c = s[++i];
        out.append(c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c);
    }
    return out;
}

// Adds one data row per `kind` line of the case file: columns f0, f1, ...
void addCaseRows(const char* kind, int columns) {
    // QTest keeps the column name pointers: they must be literals.
    static const char* const kNames[] = {"f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8"};
    for (int i = 0; i < columns; ++i) QTest::addColumn<QByteArray>(kNames[i]);
    QFile file(QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/data/format_cases.tsv"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "tests/data/format_cases.tsv is missing");
    int lineNo = 0;
    for (const QByteArray& line : file.readAll().split('\n')) {
        ++lineNo;
        QList<QByteArray> fields = line.split('\t');
        if (fields.size() != columns + 1 || fields[0] != kind) continue;
        QTestData& row = QTest::addRow("line %d", lineNo);
        for (int i = 1; i <= columns; ++i) row << unescape(fields[i]);
    }
}

const char* kindName(ErrorKind k) {
    switch (k) {
    case ErrorKind::None: return "ok";
    case ErrorKind::ValueError: return "ValueError";
    case ErrorKind::TypeError: return "TypeError";
    case ErrorKind::OverflowError: return "OverflowError";
    case ErrorKind::KeyError: return "KeyError";
    case ErrorKind::Propagate: return "Propagate";
    }
    return "?";
}

// ["n", ""] / ["b", "1"] / ["i", "42"] / ["f", "<ieee bits hex>"] / ["s", "text"]
PercentValue decodeValue(const QString& type, const QString& value) {
    if (type == "b") return PercentValue::boolean(value == "1");
    if (type == "i") return PercentValue::integer(value.toLongLong());
    if (type == "f") {
        const uint64_t b = value.toULongLong(nullptr, 16);
        double d;
        std::memcpy(&d, &b, sizeof d);
        return PercentValue::real(d);
    }
    if (type == "s") return PercentValue::str(value.toStdString());
    return PercentValue::none();
}

// {"shape": "single"|"tuple"|"dict", "items": [...]}, as the generator writes it.
SimplePercentArgs decodeArgs(const QByteArray& json) {
    const QJsonObject obj = QJsonDocument::fromJson(json).object();
    const QJsonArray items = obj.value("items").toArray();
    const QString shape = obj.value("shape").toString();
    if (shape == "dict") {
        std::vector<std::pair<std::string, PercentValue>> entries;
        for (const QJsonValue& it : items) {
            const QJsonArray a = it.toArray();
            entries.emplace_back(a[0].toString().toStdString(), decodeValue(a[1].toString(), a[2].toString()));
        }
        return SimplePercentArgs::dict(std::move(entries));
    }
    std::vector<PercentValue> values;
    for (const QJsonValue& it : items) {
        const QJsonArray a = it.toArray();
        values.push_back(decodeValue(a[0].toString(), a[1].toString()));
    }
    if (shape == "tuple") return SimplePercentArgs::tuple(std::move(values));
    return SimplePercentArgs::single(values.at(0));
}

// A PercentArgs whose callbacks raise their own exception.
class FailingArgs : public SimplePercentArgs {
public:
    FailingArgs() : SimplePercentArgs(SimplePercentArgs::single(PercentValue::str("x"))) {}
    ArgStatus text(Handle, char, std::string*, TextError* err) override {
        err->kind = ErrorKind::Propagate;
        return ArgStatus::Error;
    }
};

}  // namespace

class TestPercentFormat : public QObject {
    Q_OBJECT

private slots:
    void percentCases_data() { addCaseRows("percent", 4); }
    void percentCases() {
        QFETCH(QByteArray, f0);  // format
        QFETCH(QByteArray, f1);  // args, JSON
        QFETCH(QByteArray, f2);  // status
        QFETCH(QByteArray, f3);  // expected text or message
        SimplePercentArgs args = decodeArgs(f1);
        TextError err;
        const std::optional<std::string> got = percentFormat(f0.toStdString(), args, &err);
        if (got) {
            QCOMPARE(QByteArray("ok"), f2);
            QCOMPARE(QByteArray::fromStdString(*got), f3);
        } else {
            QCOMPARE(QByteArray(kindName(err.kind)), f2);
            QCOMPARE(QByteArray::fromStdString(err.message), f3);
        }
    }

    void callbackErrorPropagates() {
        FailingArgs args;
        TextError err;
        QVERIFY(!percentFormat("a %s b", args, &err));
        QCOMPARE(err.kind, ErrorKind::Propagate);
        // A conversion that needs no callback still works.
        err = {};
        const std::optional<std::string> got = percentFormat("%c!", args, &err);
        QVERIFY(got.has_value());
        QCOMPARE(QByteArray::fromStdString(*got), QByteArray("x!"));
    }

    void bigIntDigits() {
        // A caller with big ints hands over the digits in the requested base.
        class BigArgs : public SimplePercentArgs {
        public:
            BigArgs() : SimplePercentArgs(SimplePercentArgs::single(PercentValue::integer(0))) {}
            ArgStatus integer(Handle, char, int base, PercentInt* out, TextError*) override {
                out->big = true;
                out->negative = true;
                out->digits = base == 16 ? "10000000000000000" : base == 8 ? "2000000000000000000000"
                                                                            : "18446744073709551616";
                return ArgStatus::Ok;
            }
        } args;
        TextError err;
        // -(2**64) in CPython: '%d' -> '-18446744073709551616', '%#X' -> '-0X10000000000000000'
        QCOMPARE(QByteArray::fromStdString(*percentFormat("%d", args, &err)), QByteArray("-18446744073709551616"));
        QCOMPARE(QByteArray::fromStdString(*percentFormat("%#X", args, &err)), QByteArray("-0X10000000000000000"));
        QCOMPARE(QByteArray::fromStdString(*percentFormat("%+25o|", args, &err)),
                 QByteArray("  -2000000000000000000000|"));
    }
};

QTEST_GUILESS_MAIN(TestPercentFormat)
#include "tst_percent_format.moc"
