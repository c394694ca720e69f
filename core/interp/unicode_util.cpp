// UTF-8 and Unicode character classes, as CPython's tokenizer and parser
// see them (unicodeobject.c / unicodectype.c), on top of QChar's tables.
#include "unicode_util.h"

#include <QChar>

namespace ls {

char32_t decodeUtf8(std::string_view s, size_t &i)
{
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    int len = (c >= 0xF0 && c < 0xF5) ? 4 : (c >= 0xE0) && c < 0xF0 ? 3 : (c >= 0xC2 && c < 0xE0) ? 2 : 0;
    if (len == 0 || i + len > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = c & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) {
        unsigned char cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) {
            ++i;
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
