#include "interp/text/unicode.h"

#include <QChar>
#include <QString>

#include <algorithm>
#include <iterator>

namespace ls::text {

// ---- encoding / decoding -------------------------------------------------

namespace {

bool isContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace

char32_t decodeUtf8At(std::string_view s, size_t& pos) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char b0 = byte(pos);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    size_t need = 0;
    char32_t cp = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // valid range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        cp = b0 & 0x0F;
        if (b0 == 0xE0) lo = 0xA0;  // overlong; surrogates (0xED 0xA0..) allowed
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        cp = b0 & 0x07;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        ++pos;
        return kReplacementChar;
    }
    for (size_t i = 1; i <= need; ++i) {
        if (pos + i >= s.size()) {
            ++pos;
            return kReplacementChar;
        }
        const unsigned char b = byte(pos + i);
        if (!isContinuation(b) || (i == 1 && (b < lo || b > hi))) {
            ++pos;
            return kReplacementChar;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    pos += need + 1;
    return cp;
}

std::u32string decodeUtf8(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (size_t pos = 0; pos < s.size();) out.push_back(decodeUtf8At(s, pos));
    return out;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp > kMaxCodePoint) cp = kReplacementChar;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {  // surrogates too: see the header
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string encodeUtf8(char32_t cp) {
    std::string out;
    appendUtf8(out, cp);
    return out;
}

std::string encodeUtf8(std::u32string_view cps) {
    std::string out;
    out.reserve(cps.size());
    for (char32_t c : cps) appendUtf8(out, c);
    return out;
}

// ---- code point indexing ---------------------------------------------------

size_t codePointCount(std::string_view s) {
    size_t n = 0;
    for (size_t pos = 0; pos < s.size(); ++n) {
        // ASCII runs dominate; avoid the decoder for them.
        if (static_cast<unsigned char>(s[pos]) < 0x80)
            ++pos;
        else
            decodeUtf8At(s, pos);
    }
    return n;
}

size_t byteOffsetOfCodePoint(std::string_view s, size_t index) {
    size_t pos = 0;
    for (size_t i = 0; i < index && pos < s.size(); ++i) decodeUtf8At(s, pos);
    return pos;
}

std::optional<char32_t> codePointAt(std::string_view s, size_t index) {
    size_t pos = byteOffsetOfCodePoint(s, index);
    if (pos >= s.size()) return std::nullopt;
    return decodeUtf8At(s, pos);
}

std::string_view sliceCodePoints(std::string_view s, size_t start, size_t end) {
    if (end <= start) return s.substr(0, 0);
    const size_t b = byteOffsetOfCodePoint(s, start);
    size_t e = b;
    for (size_t i = start; i < end && e < s.size(); ++i) decodeUtf8At(s, e);
    return s.substr(b, e - b);
}

std::string_view truncateCodePoints(std::string_view s, size_t n) {
    return s.substr(0, byteOffsetOfCodePoint(s, n));
}

// ---- repr ------------------------------------------------------------------

namespace {

const char kHex[] = "0123456789abcdef";

void appendHexEscape(std::string& out, char32_t ch) {
    // The escape width depends only on the code point's range.
    int digits;
    if (ch <= 0xFF) {
        out += "\\x";
        digits = 2;
    } else if (ch <= 0xFFFF) {
        out += "\\u";
        digits = 4;
    } else {
        out += "\\U";
        digits = 8;
    }
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.push_back(kHex[(ch >> shift) & 0xF]);
}

}  // namespace

// py: Objects/unicodeobject.c unicode_repr
std::string strRepr(std::string_view utf8) {
    const std::u32string cps = decodeUtf8(utf8);
    bool squote = false, dquote = false;
    for (char32_t c : cps) {
        if (c == '\'') squote = true;
        if (c == '"') dquote = true;
    }
    // Single quotes unless the text has ' and no ": then ' is escaped only
    // when both kinds are present.
    const char quote = (squote && !dquote) ? '"' : '\'';
    std::string out;
    out.reserve(utf8.size() + 2);
    out.push_back(quote);
    for (char32_t ch : cps) {
        if (ch == static_cast<char32_t>(quote) || ch == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(ch));
        } else if (ch == '\t') {
            out += "\\t";
        } else if (ch == '\n') {
            out += "\\n";
        } else if (ch == '\r') {
            out += "\\r";
        } else if (ch < ' ' || ch == 0x7F) {
            appendHexEscape(out, ch);
        } else if (ch < 0x7F) {
            out.push_back(static_cast<char>(ch));
        } else if (!isPrintable(ch)) {
            appendHexEscape(out, ch);
        } else {
            appendUtf8(out, ch);
        }
    }
    out.push_back(quote);
    return out;
}

// py: Objects/object.c PyObject_ASCII (repr + "backslashreplace" to ASCII)
std::string strAscii(std::string_view utf8) { return asciiEscape(strRepr(utf8)); }

std::string asciiEscape(std::string_view repr) {
    std::string out;
    out.reserve(repr.size());
    for (size_t pos = 0; pos < repr.size();) {
        const char32_t ch = decodeUtf8At(repr, pos);
        if (ch < 0x80)
            out.push_back(static_cast<char>(ch));
        else
            appendHexEscape(out, ch);
    }
    return out;
}

// ---- per code point properties ---------------------------------------------

namespace {

struct Range {
    char32_t lo, hi;
};

template <size_t N>
bool inRanges(const Range (&table)[N], char32_t c) {
    // Tables are sorted; the binary search finds the first range ending >= c.
    const Range* it = std::lower_bound(std::begin(table), std::end(table), c,
                                       [](const Range& r, char32_t v) { return r.hi < v; });
    return it != std::end(table) && it->lo <= c;
}

// Other_Uppercase: Python's isupper() uses the derived Uppercase property
// (Lu + Other_Uppercase), QChar::isUpper only Lu. Generated from CPython 3.11.
const Range kOtherUpper[] = {
    {0x2160, 0x216F}, {0x24B6, 0x24CF}, {0x1F130, 0x1F149}, {0x1F150, 0x1F169}, {0x1F170, 0x1F189},
};

// Other_Lowercase, for the same reason as kOtherUpper.
const Range kOtherLower[] = {
    {0xAA, 0xAA},       {0xBA, 0xBA},       {0x2B0, 0x2B8},     {0x2C0, 0x2C1},     {0x2E0, 0x2E4},
    {0x345, 0x345},     {0x37A, 0x37A},     {0x1D2C, 0x1D6A},   {0x1D78, 0x1D78},   {0x1D9B, 0x1DBF},
    {0x2071, 0x2071},   {0x207F, 0x207F},   {0x2090, 0x209C},   {0x2170, 0x217F},   {0x24D0, 0x24E9},
    {0x2C7C, 0x2C7D},   {0xA69C, 0xA69D},   {0xA770, 0xA770},   {0xA7F8, 0xA7F9},   {0xAB5C, 0xAB5F},
    {0x10780, 0x10780}, {0x10783, 0x10785}, {0x10787, 0x107B0}, {0x107B2, 0x107BA},
};

// Unihan ideographs with a numeric value (kPrimaryNumeric etc.): numeric
// for Python although their category is Lo.
const char32_t kIdeographNumerics[] = {
    0x3405,  0x3483,  0x382a,  0x3b4d,  0x4e00,  0x4e03,  0x4e07,  0x4e09,  0x4e5d,  0x4e8c,  0x4e94,
    0x4e96,  0x4ebf,  0x4ec0,  0x4edf,  0x4ee8,  0x4f0d,  0x4f70,  0x5104,  0x5146,  0x5169,  0x516b,
    0x516d,  0x5341,  0x5343,  0x5344,  0x5345,  0x534c,  0x53c1,  0x53c2,  0x53c3,  0x53c4,  0x56db,
    0x58f1,  0x58f9,  0x5e7a,  0x5efe,  0x5eff,  0x5f0c,  0x5f0d,  0x5f0e,  0x5f10,  0x62fe,  0x634c,
    0x67d2,  0x6f06,  0x7396,  0x767e,  0x8086,  0x842c,  0x8cae,  0x8cb3,  0x8d30,  0x9621,  0x9646,
    0x964c,  0x9678,  0x96f6,  0xf96b,  0xf973,  0xf978,  0xf9b2,  0xf9d1,  0xf9d3,  0xf9fd,  0x20001,
    0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390,
    0x22998, 0x23b1b, 0x2626d, 0x2f890,
};

// Word_Break MidLetter / MidNumLet / Single_Quote: case-ignorable although
// their categories (Po, Pf, ...) are not.
const char32_t kCaseIgnorablePunct[] = {
    0x27,   0x2e,   0x3a,   0xb7,   0x387,  0x55f,  0x5f4,  0x2018, 0x2019,
    0x2024, 0x2027, 0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a,
};

template <size_t N>
bool inList(const char32_t (&table)[N], char32_t c) {
    return std::binary_search(std::begin(table), std::end(table), c);
}

QChar::Category category(char32_t c) { return QChar::category(c); }

}  // namespace

// py: Objects/unicodectype.c _PyUnicode_IsPrintable: everything except
// categories Cc Cf Cs Co Cn Zl Zp Zs, but ASCII space is printable.
bool isPrintable(char32_t c) {
    if (c == ' ') return true;
    if (c > kMaxCodePoint) return false;
    switch (category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Separator_Space:
        return false;
    default:
        return true;
    }
}

// py: Objects/unicodectype.c _PyUnicode_IsWhitespace (bidi WS/B/S or Zs);
// the set is small and fixed, so it is spelled out.
bool isSpace(char32_t c) {
    if (c < 0x80) return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
    switch (c) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

bool isAlpha(char32_t c) { return c <= kMaxCodePoint && QChar::isLetter(c); }

bool isDecimal(char32_t c) { return c <= kMaxCodePoint && category(c) == QChar::Number_DecimalDigit; }

bool isDigit(char32_t c) { return digitValue(c) >= 0; }

bool isNumeric(char32_t c) {
    if (c > kMaxCodePoint) return false;
    switch (category(c)) {
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return true;
    default:
        return inList(kIdeographNumerics, c);
    }
}

// py: Objects/unicodeobject.c unicode_isalnum_impl
bool isAlnum(char32_t c) { return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c); }

bool isUpper(char32_t c) { return c <= kMaxCodePoint && (QChar::isUpper(c) || inRanges(kOtherUpper, c)); }

bool isLower(char32_t c) { return c <= kMaxCodePoint && (QChar::isLower(c) || inRanges(kOtherLower, c)); }

bool isTitle(char32_t c) { return c <= kMaxCodePoint && QChar::isTitleCase(c); }

bool isCased(char32_t c) { return isUpper(c) || isLower(c) || isTitle(c); }

bool isCaseIgnorable(char32_t c) {
    if (c > kMaxCodePoint) return false;
    switch (category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Letter_Modifier:
    case QChar::Symbol_Modifier:
        return true;
    default:
        return inList(kCaseIgnorablePunct, c);
    }
}

int decimalValue(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') ? static_cast<int>(c - '0') : -1;
    return isDecimal(c) ? QChar::digitValue(c) : -1;
}

int digitValue(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') ? static_cast<int>(c - '0') : -1;
    return c <= kMaxCodePoint ? QChar::digitValue(c) : -1;
}

// ---- whole-string predicates ------------------------------------------------

// py: Objects/unicodeobject.c unicode_isupper_impl
bool strIsUpper(std::string_view s) {
    bool cased = false;
    for (size_t pos = 0; pos < s.size();) {
        const char32_t c = decodeUtf8At(s, pos);
        if (isLower(c) || isTitle(c)) return false;
        if (isUpper(c)) cased = true;
    }
    return cased;
}

// py: Objects/unicodeobject.c unicode_islower_impl
bool strIsLower(std::string_view s) {
    bool cased = false;
    for (size_t pos = 0; pos < s.size();) {
        const char32_t c = decodeUtf8At(s, pos);
        if (isUpper(c) || isTitle(c)) return false;
        if (isLower(c)) cased = true;
    }
    return cased;
}

// py: Objects/unicodeobject.c unicode_istitle_impl
bool strIsTitle(std::string_view s) {
    bool cased = false, previousIsCased = false;
    for (size_t pos = 0; pos < s.size();) {
        const char32_t c = decodeUtf8At(s, pos);
        if (isUpper(c) || isTitle(c)) {
            if (previousIsCased) return false;
            previousIsCased = cased = true;
        } else if (isLower(c)) {
            if (!previousIsCased) return false;
            previousIsCased = cased = true;
        } else {
            previousIsCased = false;
        }
    }
    return cased;
}

bool strAllOf(std::string_view s, bool (*pred)(char32_t)) {
    if (s.empty()) return false;
    for (size_t pos = 0; pos < s.size();)
        if (!pred(decodeUtf8At(s, pos))) return false;
    return true;
}

bool strIsPrintable(std::string_view s) { return s.empty() || strAllOf(s, isPrintable); }

// ---- case mapping -------------------------------------------------------------

namespace {

// Code points that map to themselves in every case mapping: lone
// surrogates, out-of-range values and every character that is not cased (in
// Unicode 14 no uncased character has a case mapping). Saves a QString
// round trip for most non-Latin text.
bool caseless(char32_t c) { return (c >= 0xD800 && c <= 0xDFFF) || c > kMaxCodePoint || !isCased(c); }

// A one-code-point QString. Built from QChar units rather than fromUcs4,
// which would drop U+FEFF as a byte order mark.
QString singleQString(char32_t c) {
    if (c < 0x10000) return QString(QChar(static_cast<char16_t>(c)));
    const QChar pair[2] = {QChar(QChar::highSurrogate(c)), QChar(QChar::lowSurrogate(c))};
    return QString(pair, 2);
}

void appendQString(std::string& out, const QString& s) {
    const QByteArray utf8 = s.toUtf8();
    out.append(utf8.constData(), static_cast<size_t>(utf8.size()));
}

std::u32string toU32(const QString& s) {
    std::u32string out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar ch = s.at(i);
        if (ch.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out.push_back(QChar::surrogateToUcs4(ch, s.at(i + 1)));
            ++i;
        } else {
            out.push_back(ch.unicode());
        }
    }
    return out;
}

// Full (SpecialCasing-aware) mappings of one code point: QString's
// toUpper/toLower apply SpecialCasing; a lone surrogate has no case.
// py: Objects/unicodectype.c _PyUnicode_ToUpperFull / _PyUnicode_ToLowerFull
void appendUpperFull(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
    } else if (caseless(c)) {
        appendUtf8(out, c);
    } else {
        appendQString(out, singleQString(c).toUpper());
    }
}

void appendLowerFull(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    } else if (caseless(c)) {
        appendUtf8(out, c);
    } else {
        appendQString(out, singleQString(c).toLower());
    }
}

std::u32string upperFull(char32_t c) {
    if (c < 0x80 || caseless(c)) {
        std::string s;
        appendUpperFull(s, c);
        return decodeUtf8(s);
    }
    return toU32(singleQString(c).toUpper());
}

// py: Objects/unicodectype.c _PyUnicode_ToFoldedFull. Qt folds simply
// (one code point); Python uses the full folding, which for the code points
// whose full uppercase is several characters equals the lowercase of that
// uppercase (ß -> SS -> ss). İ and ẞ are the two exceptions.
void appendFoldFull(std::string& out, char32_t c) {
    if (c < 0x80) {
        appendLowerFull(out, c);
        return;
    }
    if (caseless(c)) {
        appendUtf8(out, c);
        return;
    }
    if (c == 0x130) {
        appendLowerFull(out, c);
        return;
    }
    if (c == 0x1E9E) {
        out += "ss";
        return;
    }
    const std::u32string upper = upperFull(c);
    if (upper.size() > 1) {
        for (char32_t u : upper) appendLowerFull(out, u);
        return;
    }
    appendQString(out, singleQString(c).toCaseFolded());
}

// py: Objects/unicodectype.c _PyUnicode_ToTitleFull. QChar only knows the
// simple titlecase mapping; the SpecialCasing entries are the characters
// whose full uppercase is several code points and which have no simple
// titlecase of their own: their title form is the uppercase with the tail
// lowercased (ß -> Ss, ﬁ -> Fi), except that a Greek iota subscript stays
// U+0345 and ŉ keeps its uppercase N.
void appendTitleFull(std::string& out, char32_t c) {
    if (c < 0x80 || caseless(c)) {
        appendUpperFull(out, c);
        return;
    }
    const char32_t simple = QChar::toTitleCase(c);
    if (simple == c && !isTitle(c)) {
        const std::u32string upper = upperFull(c);
        if (upper.size() > 1) {
            if (c == 0x149) {
                out += encodeUtf8(upper);
                return;
            }
            appendUtf8(out, upper[0]);
            for (size_t i = 1; i < upper.size(); ++i) {
                if (upper[i] == 0x399)
                    appendUtf8(out, 0x345);
                else
                    appendLowerFull(out, upper[i]);
            }
            return;
        }
    }
    appendUtf8(out, simple);
}

// py: Objects/unicodeobject.c handle_capital_sigma: U+03A3 lowercases to
// final sigma when preceded by a cased letter (skipping case-ignorables) and
// not followed by one.
char32_t lowerSigma(const std::u32string& s, size_t i) {
    size_t j = i;
    char32_t c = 0;
    bool found = false;
    while (j > 0) {
        c = s[--j];
        if (!isCaseIgnorable(c)) {
            found = true;
            break;
        }
    }
    bool finalSigma = found && isCased(c);
    if (finalSigma && i + 1 < s.size()) {
        size_t k = i + 1;
        for (; k < s.size(); ++k) {
            c = s[k];
            if (!isCaseIgnorable(c)) break;
        }
        finalSigma = k == s.size() || !isCased(c);
    }
    return finalSigma ? 0x3C2 : 0x3C3;
}

// py: Objects/unicodeobject.c lower_ucs4
void appendLowerAt(std::string& out, const std::u32string& s, size_t i) {
    if (s[i] == 0x3A3)
        appendUtf8(out, lowerSigma(s, i));
    else
        appendLowerFull(out, s[i]);
}

}  // namespace

// py: Objects/unicodeobject.c do_upper
std::string toUpper(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t pos = 0; pos < s.size();) appendUpperFull(out, decodeUtf8At(s, pos));
    return out;
}

// py: Objects/unicodeobject.c do_lower
std::string toLower(std::string_view s) {
    const std::u32string cps = decodeUtf8(s);
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < cps.size(); ++i) appendLowerAt(out, cps, i);
    return out;
}

// py: Objects/unicodeobject.c do_casefold
std::string toCaseFold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t pos = 0; pos < s.size();) appendFoldFull(out, decodeUtf8At(s, pos));
    return out;
}

// py: Objects/unicodeobject.c do_title
std::string toTitle(std::string_view s) {
    const std::u32string cps = decodeUtf8(s);
    std::string out;
    out.reserve(s.size());
    bool previousIsCased = false;
    for (size_t i = 0; i < cps.size(); ++i) {
        if (previousIsCased)
            appendLowerAt(out, cps, i);
        else
            appendTitleFull(out, cps[i]);
        previousIsCased = isCased(cps[i]);
    }
    return out;
}

// py: Objects/unicodeobject.c do_capitalize
std::string capitalize(std::string_view s) {
    const std::u32string cps = decodeUtf8(s);
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < cps.size(); ++i) {
        if (i == 0)
            appendTitleFull(out, cps[i]);
        else
            appendLowerAt(out, cps, i);
    }
    return out;
}

// py: Objects/unicodeobject.c do_swapcase
std::string swapCase(std::string_view s) {
    const std::u32string cps = decodeUtf8(s);
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < cps.size(); ++i) {
        if (isUpper(cps[i]))
            appendLowerAt(out, cps, i);
        else if (isLower(cps[i]))
            appendUpperFull(out, cps[i]);
        else
            appendUtf8(out, cps[i]);
    }
    return out;
}

}  // namespace ls::text
