// ls::text format-spec mini-language against CPython 3.11.7's format().
// Expected values: tests/data/format_cases.tsv (tools/gen_format_cases.py).
#include <QtTest>

#include "interp/text/format_spec.h"

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

double fromBits(const QByteArray& hex) {
    const uint64_t b = hex.toULongLong(nullptr, 16);
    double d;
    std::memcpy(&d, &b, sizeof d);
    return d;
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

// "ok" + the text, or the exception name + its message.
std::pair<QByteArray, QByteArray> outcome(const std::optional<std::string>& result, const TextError& err) {
    if (result) return {"ok", QByteArray::fromStdString(*result)};
    return {kindName(err.kind), QByteArray::fromStdString(err.message)};
}

}  // namespace

class TestFormatSpec : public QObject {
    Q_OBJECT

private slots:
    void formatCases_data() { addCaseRows("fmt", 5); }
    void formatCases() {
        QFETCH(QByteArray, f0);  // int | bool | float | str
        QFETCH(QByteArray, f1);  // the value
        QFETCH(QByteArray, f2);  // the spec
        QFETCH(QByteArray, f3);  // status
        QFETCH(QByteArray, f4);  // expected text or message
        const std::string spec = f2.toStdString();
        TextError err;
        std::optional<std::string> got;
        if (f0 == "int")
            got = formatInt(f1.toLongLong(), spec, &err);
        else if (f0 == "bool")
            got = formatInt(f1 == "True" ? 1 : 0, spec, &err, "bool");
        else if (f0 == "float")
            got = formatFloat(fromBits(f1), spec, &err);
        else
            got = formatString(f1.toStdString(), spec, &err);
        const auto [status, text] = outcome(got, err);
        QCOMPARE(status, f3);
        QCOMPARE(text, f4);
    }

    void bigIntCases_data() { addCaseRows("fmtbig", 5); }
    void bigIntCases() {
        QFETCH(QByteArray, f0);  // negative
        QFETCH(QByteArray, f1);  // magnitude digits in the spec type's base
        QFETCH(QByteArray, f2);  // spec
        QFETCH(QByteArray, f3);
        QFETCH(QByteArray, f4);
        TextError err;
        std::optional<std::string> got;
        if (const std::optional<FormatSpec> spec = parseFormatSpec(f2.toStdString(), 'd', '>', "int", &err))
            got = formatBigIntDigits(f0 == "1", f1.toStdString(), *spec, &err);
        const auto [status, text] = outcome(got, err);
        QCOMPARE(status, f3);
        QCOMPARE(text, f4);
    }

    void parsedFields() {
        TextError err;
        const std::optional<FormatSpec> f = parseFormatSpec("*^+z#012_.3e", 0, '>', "float", &err);
        QVERIFY(f.has_value());
        QCOMPARE(f->fill, U'*');
        QCOMPARE(f->align, U'^');
        QCOMPARE(f->sign, U'+');
        QVERIFY(f->noNegZero);
        QVERIFY(f->alternate);
        QCOMPARE(f->width, int64_t{12});  // fill given, so '0' is just a digit
        QCOMPARE(f->thousands, '_');
        QCOMPARE(f->precision, int64_t{3});
        QCOMPARE(f->type, U'e');

        const std::optional<FormatSpec> z = parseFormatSpec("08", 'd', '>', "int", &err);
        QVERIFY(z.has_value());
        QCOMPARE(z->fill, U'0');
        QCOMPARE(z->align, U'=');
        const std::optional<FormatSpec> s = parseFormatSpec("08", 's', '<', "str", &err);
        QVERIFY(s.has_value());
        QCOMPARE(s->align, U'<');  // strings keep their default alignment

        QVERIFY(!parseFormatSpec("1.2.3", 'd', '>', "MyInt", &err));
        QCOMPARE(QByteArray::fromStdString(err.message),
                 QByteArray("Invalid format specifier '1.2.3' for object of type 'MyInt'"));
        QCOMPARE(err.kind, ErrorKind::ValueError);
    }

    void errorKinds() {
        TextError err;
        QVERIFY(!formatInt(0x110000, "c", &err));
        QCOMPARE(err.kind, ErrorKind::OverflowError);
        QCOMPARE(QByteArray::fromStdString(err.message), QByteArray("%c arg not in range(0x110000)"));
        err = {};
        QVERIFY(!formatFloat(1.5, "d", &err));
        QCOMPARE(err.kind, ErrorKind::ValueError);
        QCOMPARE(QByteArray::fromStdString(err.message),
                 QByteArray("Unknown format code 'd' for object of type 'float'"));
    }

    void unicodeFillAndWidth() {
        TextError err;
        // Width counts code points, the fill may be any character.
        QCOMPARE(QByteArray::fromStdString(*formatString("中文", "→^6", &err)), QByteArray("→→中文→→"));
        QCOMPARE(QByteArray::fromStdString(*formatString("😀x", ".1", &err)), QByteArray("😀"));
        QCOMPARE(QByteArray::fromStdString(*formatInt(-42, "é=+8", &err)), QByteArray("-ééééé42"));
    }
};

QTEST_GUILESS_MAIN(TestFormatSpec)
#include "tst_format_spec.moc"
