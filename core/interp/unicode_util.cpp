// UTF-8 and Unicode character classes, as CPython's tokenizer and parser
// see them (unicodeobject.c / unicodectype.c), on top of QChar's tables.
#include "unicode_util.h"

#include <cstdio>

#include "unicode_names.h"

#include <QChar>

#include <cstring>

namespace ls {

char32_t decodeUtf8(std::string_view s, size_t &i)
{
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    int len = (c >= 0xF0 && c < 0xF5) ? 4 : (c >= 0xE0) && c < 0xF0 ? 3 : (c >= 0xC2 && c < 0xE0) ? 2 : 0;
    if (len == 0) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = c & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) {
        unsigned char cc = i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
        if ((cc & 0xC0) != 0x80) {
            // Like CPython's "replace": one U+FFFD for the valid start of a
            // cut or broken sequence.
            i += size_t(k);
            return 0xFFFD;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    i += len;
    return cp;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

int codePointCount(std::string_view s, size_t bytes)
{
    if (bytes > s.size())
        bytes = s.size();
    int n = 0;
    for (size_t i = 0; i < bytes;) {
        // A sequence cut by `bytes` still counts as one (replacement) char.
        decodeUtf8(s.substr(0, bytes), i);
        ++n;
    }
    return n;
}

int byteToCharOffset(std::string_view lineWithNewline, int byteOffset)
{
    // py: Parser/pegen.c _PyPegen_byte_offset_to_character_offset. CPython
    // decodes up to len+1 bytes, the last being the string's NUL.
    int len = int(lineWithNewline.size());
    if (byteOffset > len + 1)
        byteOffset = len + 1;
    if (byteOffset <= 0)
        return 0;
    if (byteOffset == len + 1)
        return codePointCount(lineWithNewline, len) + 1;
    return codePointCount(lineWithNewline, size_t(byteOffset));
}

bool isPrintable(char32_t cp)
{
    if (cp == ' ')
        return true;
    if (cp < 0x20 || cp == 0x7F)
        return false;
    if (cp < 0x7F)
        return true;
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

namespace {

// Characters of ID_Start/ID_Continue that XID_* leave out (not closed
// under NFKC), from Unicode's DerivedCoreProperties.
bool notInXid(char32_t cp)
{
    switch (cp) {
    case 0x037A: case 0x0E33: case 0x0EB3: case 0x309B: case 0x309C:
    case 0xFDFA: case 0xFDFB: case 0xFF9E: case 0xFF9F:
    case 0xFE70: case 0xFE72: case 0xFE74: case 0xFE76: case 0xFE78:
    case 0xFE7A: case 0xFE7C: case 0xFE7E:
        return true;
    default:
        return cp >= 0xFC5E && cp <= 0xFC63;
    }
}

bool isIdStartCategory(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_Letter:
        return cp != 0x2E2F;  // VERTICAL TILDE is Pattern_Syntax
    default:
        // Other_ID_Start
        return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C;
    }
}

}  // namespace

bool isXidStart(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    if (cp == 0x0E33 || cp == 0x0EB3)  // in XID_Continue only
        return false;
    return isIdStartCategory(cp) && !notInXid(cp);
}

bool isXidContinue(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
    if (cp == 0x0E33 || cp == 0x0EB3)
        return true;
    if (notInXid(cp))
        return false;
    if (isIdStartCategory(cp))
        return true;
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Number_DecimalDigit:
    case QChar::Punctuation_Connector:
        return true;
    default:
        // Other_ID_Continue
        return cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
    }
}

}  // namespace ls

// ------------------------------------------------------- \N{...} names

namespace ls {

namespace {

// py: Modules/unicodedata.c hangul_syllables (L, V, T short names)
const char *const kHangul[][3] = {
    {"G", "A", ""},     {"GG", "AE", "G"},   {"N", "YA", "GG"},  {"D", "YAE", "GS"}, {"DD", "EO", "N"},
    {"R", "E", "NJ"},   {"M", "YEO", "NH"},  {"B", "YE", "D"},   {"BB", "O", "L"},   {"S", "WA", "LG"},
    {"SS", "WAE", "LM"}, {"", "OE", "LB"},   {"J", "YO", "LS"},  {"JJ", "U", "LT"},  {"C", "WEO", "LP"},
    {"K", "WE", "LH"},  {"T", "WI", "M"},    {"P", "YU", "B"},   {"H", "EU", "BS"},  {nullptr, "YI", "S"},
    {nullptr, "I", "SS"}, {nullptr, nullptr, "NG"}, {nullptr, nullptr, "J"}, {nullptr, nullptr, "C"},
    {nullptr, nullptr, "K"}, {nullptr, nullptr, "T"}, {nullptr, nullptr, "P"}, {nullptr, nullptr, "H"},
};

// py: find_syllable: the longest short name of `column` that `s` starts with.
int findSyllable(std::string_view s, int count, int column, int &len)
{
    int pos = -1;
    len = -1;
    for (int i = 0; i < count; ++i) {
        const char *name = kHangul[i][column];
        int l = int(std::strlen(name));
        if (l <= len)
            continue;
        if (s.substr(0, size_t(l)) == name) {
            len = l;
            pos = i;
        }
    }
    if (len == -1)
        len = 0;
    return pos;
}

bool isUnifiedIdeograph(char32_t v)
{
    return (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x20000 && v <= 0x2A6DF) ||
           (v >= 0x2A700 && v <= 0x2B738) || (v >= 0x2B740 && v <= 0x2B81D) || (v >= 0x2B820 && v <= 0x2CEA1) ||
           (v >= 0x2CEB0 && v <= 0x2EBE0) || (v >= 0x30000 && v <= 0x3134A);
}

}  // namespace

std::optional<char32_t> lookupUnicodeName(std::string_view name)
{
    // py: Modules/unicodedata.c _getcode
    std::string upper(name);
    for (char &c : upper) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    }
    if (upper.compare(0, 16, "HANGUL SYLLABLE ") == 0) {
        std::string_view rest = name.substr(16);
        int len;
        int l = findSyllable(rest, 19, 0, len);
        rest.remove_prefix(size_t(len));
        int v = findSyllable(rest, 21, 1, len);
        rest.remove_prefix(size_t(len));
        int t = findSyllable(rest, 28, 2, len);
        rest.remove_prefix(size_t(len));
        if (l != -1 && v != -1 && t != -1 && rest.empty())
            return char32_t(0xAC00 + (l * 21 + v) * 28 + t);
        return std::nullopt;
    }
    if (name.substr(0, 22) == "CJK UNIFIED IDEOGRAPH-") {
        std::string_view hex = name.substr(22);
        if (hex.size() != 4 && hex.size() != 5)
            return std::nullopt;
        char32_t v = 0;
        for (char c : hex) {
            v *= 16;
            if (c >= '0' && c <= '9')
                v += char32_t(c - '0');
            else if (c >= 'A' && c <= 'F')
                v += char32_t(c - 'A' + 10);
            else
                return std::nullopt;
        }
        if (!isUnifiedIdeograph(v))
            return std::nullopt;
        return v;
    }
    // The table is small and \N{} rare: a scan is enough.
    std::string_view table(kUnicodeNameTable);
    size_t pos = 0;
    while (pos < table.size()) {
        size_t nl = table.find('\n', pos);
        std::string_view line = table.substr(pos, nl - pos);
        size_t semi = line.find(';');
        if (line.substr(0, semi) == upper) {
            char32_t v = 0;
            for (char c : line.substr(semi + 1))
                v = v * 16 + char32_t(c <= '9' ? c - '0' : c - 'A' + 10);
            return v;
        }
        pos = nl + 1;
    }
    return std::nullopt;
}

std::string escapeCodePoint(char32_t cp) {
    char buf[16];
    if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
    else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
    else std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
    return buf;
}

}  // namespace ls
