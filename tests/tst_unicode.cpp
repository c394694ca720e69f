// ls::text UTF-8 utilities against CPython 3.11.7: repr/ascii of str, the
// per code point predicates over all of Unicode, full case mappings and the
// str case methods. Expected values: tests/data/unicode_cases.tsv and the
// strrepr rows of tests/data/format_cases.tsv (tools/gen_format_cases.py).
#include <QtTest>

#include "interp/text/unicode.h"

#include <map>

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

QList<QList<QByteArray>> readRows(const char* file, const char* kind, int columns) {
    QList<QList<QByteArray>> rows;
    QFile f(QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/data/") + QLatin1String(file));
    if (!f.open(QIODevice::ReadOnly)) qFatal("tests/data/%s is missing", file);
    for (const QByteArray& line : f.readAll().split('\n')) {
        QList<QByteArray> fields = line.split('\t');
        if (fields.size() != columns + 1 || fields[0] != kind) continue;
        fields.removeFirst();
        for (QByteArray& field : fields) field = unescape(field);
        rows.append(fields);
    }
    return rows;
}

// Adds one data row per `kind` line of the case file: columns f0, f1, ...
void addCaseRows(const char* file, const char* kind, int columns) {
    // QTest keeps the column name pointers: they must be literals.
    static const char* const kNames[] = {"f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8"};
    for (int i = 0; i < columns; ++i) QTest::addColumn<QByteArray>(kNames[i]);
    int n = 0;
    for (const QList<QByteArray>& fields : readRows(file, kind, columns)) {
        QTestData& row = QTest::addRow("%s %d", kind, ++n);
        for (const QByteArray& f : fields) row << f;
    }
}

QByteArray bytes(const std::string& s) { return QByteArray::fromStdString(s); }

std::string one(char32_t c) { return encodeUtf8(c); }

using Predicate = bool (*)(char32_t);

Predicate predicateNamed(const QByteArray& name) {
    static const std::map<QByteArray, Predicate> kPredicates = {
        {"printable", isPrintable}, {"space", isSpace}, {"alpha", isAlpha},   {"decimal", isDecimal},
        {"digit", isDigit},         {"numeric", isNumeric}, {"alnum", isAlnum}, {"upper", isUpper},
        {"lower", isLower},         {"title", isTitle},
    };
    const auto it = kPredicates.find(name);
    return it == kPredicates.end() ? nullptr : it->second;
}

}  // namespace

class TestUnicode : public QObject {
    Q_OBJECT

private slots:
    void reprCases_data() { addCaseRows("format_cases.tsv", "strrepr", 3); }
    void reprCases() {
        QFETCH(QByteArray, f0);
        QFETCH(QByteArray, f1);
        QFETCH(QByteArray, f2);
        QCOMPARE(bytes(strRepr(f0.toStdString())), f1);
        QCOMPARE(bytes(strAscii(f0.toStdString())), f2);
    }

    // Every code point against the ranges where Python says True.
    void properties_data() { addCaseRows("unicode_cases.tsv", "prop", 2); }
    void properties() {
        QFETCH(QByteArray, f0);
        QFETCH(QByteArray, f1);
        const Predicate pred = predicateNamed(f0);
        QVERIFY2(pred, f0.constData());
        std::vector<bool> expected(kMaxCodePoint + 1, false);
        for (const QByteArray& range : f1.split(',')) {
            const QList<QByteArray> ends = range.split('-');
            for (uint c = ends[0].toUInt(nullptr, 16); c <= ends[1].toUInt(nullptr, 16); ++c) expected[c] = true;
        }
        QStringList wrong;
        for (char32_t c = 0; c <= kMaxCodePoint; ++c)
            if (pred(c) != expected[c] && wrong.size() < 20) wrong << QString::number(c, 16);
        QVERIFY2(wrong.isEmpty(), qPrintable("wrong at U+" + wrong.join(", U+")));
    }

    void digitValues_data() { addCaseRows("unicode_cases.tsv", "digitval", 3); }
    void digitValues() {
        QFETCH(QByteArray, f0);
        QFETCH(QByteArray, f1);
        QFETCH(QByteArray, f2);
        const char32_t c = f0.toUInt(nullptr, 16);
        QCOMPARE(decimalValue(c), f1.toInt());
        QCOMPARE(digitValue(c), f2.toInt());
    }

    void caseMappings_data() { addCaseRows("unicode_cases.tsv", "cpmap", 5); }
    void caseMappings() {
        QFETCH(QByteArray, f0);
        QFETCH(QByteArray, f1);
        QFETCH(QByteArray, f2);
        QFETCH(QByteArray, f3);
        QFETCH(QByteArray, f4);
        const std::string s = one(f0.toUInt(nullptr, 16));
        QCOMPARE(bytes(toUpper(s)), f1);
        QCOMPARE(bytes(toLower(s)), f2);
        QCOMPARE(bytes(toTitle(s)), f3);
        QCOMPARE(bytes(toCaseFold(s)), f4);
    }

    // The code points the table omits map to themselves in all four ways.
    void caseMappingsIdentity() {
        std::vector<bool> listed(kMaxCodePoint + 1, false);
        for (const QList<QByteArray>& row : readRows("unicode_cases.tsv", "cpmap", 5))
            listed[row[0].toUInt(nullptr, 16)] = true;
        QStringList wrong;
        for (char32_t c = 0; c <= kMaxCodePoint && wrong.size() < 20; ++c) {
            if (listed[c]) continue;
            const std::string s = one(c);
            if (toUpper(s) != s || toLower(s) != s || toTitle(s) != s || toCaseFold(s) != s)
                wrong << QString::number(c, 16);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable("not identity at U+" + wrong.join(", U+")));
    }

    void strCases_data() { addCaseRows("unicode_cases.tsv", "strcase", 8); }
    void strCases() {
        QFETCH(QByteArray, f0);
        QFETCH(QByteArray, f1);
        QFETCH(QByteArray, f2);
        QFETCH(QByteArray, f3);
        QFETCH(QByteArray, f4);
        QFETCH(QByteArray, f5);
        QFETCH(QByteArray, f6);
        QFETCH(QByteArray, f7);
        const std::string s = f0.toStdString();
        QCOMPARE(bytes(toUpper(s)), f1);
        QCOMPARE(bytes(toLower(s)), f2);
        QCOMPARE(bytes(toTitle(s)), f3);
        QCOMPARE(bytes(toCaseFold(s)), f4);
        QCOMPARE(bytes(capitalize(s)), f5);
        QCOMPARE(bytes(swapCase(s)), f6);
        // isupper islower istitle isprintable isspace isalpha isdigit isalnum
        const bool flags[] = {strIsUpper(s),         strIsLower(s),         strIsTitle(s),
                              strIsPrintable(s),     strAllOf(s, isSpace),  strAllOf(s, isAlpha),
                              strAllOf(s, isDigit), strAllOf(s, isAlnum)};
        QByteArray got;
        for (bool b : flags) got.append(b ? '1' : '0');
        QCOMPARE(got, f7);
    }

    void decoding() {
        const auto cps = [](const char* s) { return decodeUtf8(s); };
        QCOMPARE(cps("a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80"), std::u32string(U"a\u00E9\u4E2D\U0001F600"));
        // Malformed bytes become U+FFFD one byte at a time; surrogates pass.
        QCOMPARE(cps("\xC3"), std::u32string(U"\uFFFD"));
        QCOMPARE(cps("\xC3x"), std::u32string(U"\uFFFDx"));
        QCOMPARE(cps("\xC0\x80"), std::u32string(U"\uFFFD\uFFFD"));
        QCOMPARE(cps("\xE0\x80\x80"), std::u32string(U"\uFFFD\uFFFD\uFFFD"));
        QCOMPARE(cps("\xF4\x90\x80\x80"), std::u32string(U"\uFFFD\uFFFD\uFFFD\uFFFD"));
        QCOMPARE(cps("\xFF\x80"), std::u32string(U"\uFFFD\uFFFD"));
        QCOMPARE(cps("\xED\xA0\x80").size(), size_t{1});
        QCOMPARE(cps("\xED\xA0\x80")[0], char32_t{0xD800});
        for (char32_t c = 0; c <= kMaxCodePoint; ++c) {
            const std::u32string back = decodeUtf8(encodeUtf8(c));
            if (back.size() != 1 || back[0] != c) QFAIL(qPrintable("round trip of U+" + QString::number(c, 16)));
        }
        QCOMPARE(bytes(encodeUtf8(char32_t{0x110000})), QByteArray("\xEF\xBF\xBD"));
    }

    void indexing() {
        const std::string s = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80z";  // a é 中 😀 z
        QCOMPARE(codePointCount(s), size_t{5});
        QCOMPARE(codePointCount(""), size_t{0});
        QCOMPARE(byteOffsetOfCodePoint(s, 0), size_t{0});
        QCOMPARE(byteOffsetOfCodePoint(s, 2), size_t{3});
        QCOMPARE(byteOffsetOfCodePoint(s, 4), size_t{10});
        QCOMPARE(byteOffsetOfCodePoint(s, 99), s.size());
        QCOMPARE(codePointAt(s, 3).value(), char32_t{0x1F600});
        QVERIFY(!codePointAt(s, 5).has_value());
        QCOMPARE(QByteArray::fromStdString(std::string(sliceCodePoints(s, 1, 3))), QByteArray("\xC3\xA9\xE4\xB8\xAD"));
        QCOMPARE(sliceCodePoints(s, 3, 3).size(), size_t{0});
        QCOMPARE(sliceCodePoints(s, 4, 2).size(), size_t{0});
        QCOMPARE(std::string(sliceCodePoints(s, 3, 99)), std::string("\xF0\x9F\x98\x80z"));
        QCOMPARE(std::string(truncateCodePoints(s, 2)), std::string("a\xC3\xA9"));
        QCOMPARE(std::string(truncateCodePoints(s, 9)), s);
    }

    void propertiesMisc() {
        // Cased / case-ignorable drive the final sigma rule.
        QVERIFY(isCased(U'a') && isCased(U'\u01C5') && isCased(U'\u2160') && isCased(U'\u02B0'));
        QVERIFY(!isCased(U'1') && !isCased(U'\u4E2D'));
        QVERIFY(isCaseIgnorable(U'\'') && isCaseIgnorable(U'.') && isCaseIgnorable(U'\u0301'));
        QVERIFY(isCaseIgnorable(U'\u00AD') && isCaseIgnorable(U'\u02B0') && !isCaseIgnorable(U'a'));
        QVERIFY(!isPrintable(kMaxCodePoint + 1) && !isAlpha(kMaxCodePoint + 1));
        QVERIFY(strIsPrintable("") && !strAllOf("", isSpace));
        QCOMPARE(bytes(asciiEscape("'\xC3\xA9\xF0\x9F\x98\x80'")), QByteArray("'\\xe9\\U0001f600'"));
    }
};

QTEST_GUILESS_MAIN(TestUnicode)
#include "tst_unicode.moc"
