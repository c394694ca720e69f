// py: Objects/unicodeobject.c (3.11): unicode_encode_ucs1, the UTF-8 decoder
// (find_maxchar / utf8_decode error reasons) and the standard error handlers.
#include "codecs.h"

#include "unicode_util.h"
#include "vm.h"

#include <cstdio>
#include <vector>

namespace ls::interp {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };

// py: encodings.normalize_encoding + the aliases table, for the three codecs.
Codec lookupCodec(VM &vm, const std::string &name) {
    std::string n;
    for (char c : name) n += (c == '_' || c == ' ') ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf") return Codec::Utf8;
    if (n == "ascii" || n == "us-ascii" || n == "646") return Codec::Ascii;
    if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1" || n == "8859" || n == "cp819")
        return Codec::Latin1;
    vm.raise(vm.exc.LookupError, "unknown encoding: " + name + " (LoopScope simulates utf-8, ascii and latin-1 only)");
}

const char *codecName(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

void checkErrors(VM &vm, const std::string &errors, bool encoding) {
    if (errors == "strict" || errors == "ignore" || errors == "replace" || errors == "backslashreplace") return;
    if (encoding && errors == "xmlcharrefreplace") return;
    vm.raise(vm.exc.LookupError, "unknown error handler name '" + errors + "'");
}

std::vector<char32_t> codePoints(const std::string &s) {
    std::vector<char32_t> out;
    for (size_t i = 0; i < s.size();) out.push_back(ls::decodeUtf8(s, i));
    return out;
}

// Length of the valid UTF-8 prefix of the sequence at d[i] and the reason
// it stops; 0 length means a valid sequence of `len` bytes.
struct Utf8Error { size_t end; const char *reason; };
bool utf8Check(const std::string &d, size_t i, size_t &len, Utf8Error &err) {
    unsigned char c = static_cast<unsigned char>(d[i]);
    if (c < 0x80) { len = 1; return true; }
    if (c < 0xC2 || c > 0xF4) { err = {i + 1, "invalid start byte"}; return false; }
    size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    for (size_t k = 1; k < need; ++k) {
        if (i + k >= d.size()) { err = {d.size(), "unexpected end of data"}; return false; }
        unsigned char b = static_cast<unsigned char>(d[i + k]);
        unsigned char lo = 0x80, hi = 0xBF;
        if (k == 1) {
            if (c == 0xE0) lo = 0xA0;
            else if (c == 0xED) hi = 0x9F;
            else if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F;
        }
        if (b < lo || b > hi) { err = {i + k, "invalid continuation byte"}; return false; }
    }
    len = need;
    return true;
}

[[noreturn]] void decodeError(VM &vm, Codec codec, const std::string &d, size_t start, size_t end, const char *reason) {
    char buf[256];
    if (end - start == 1)
        std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %zu: %s", codecName(codec),
                      static_cast<unsigned char>(d[start]), start, reason);
    else
        std::snprintf(buf, sizeof buf, "'%s' codec can't decode bytes in position %zu-%zu: %s", codecName(codec), start,
                      end - 1, reason);
    vm.raise(vm.exc.UnicodeDecodeError, buf);
}

// The handler's replacement for the undecodable bytes d[start, end).
void decodeReplacement(const std::string &errors, const std::string &d, size_t start, size_t end, std::string &out) {
    if (errors == "replace") appendUtf8(out, 0xFFFD);
    else if (errors == "backslashreplace") {
        char buf[8];
        for (size_t k = start; k < end; ++k) {
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(d[k]));
            out += buf;
        }
    }
}

}  // namespace

std::string encodeText(VM &vm, const std::string &text, const std::string &encoding, const std::string &errors) {
    Codec codec = lookupCodec(vm, encoding);
    checkErrors(vm, errors, true);
    if (codec == Codec::Utf8) return text;  // our str is UTF-8 already (no lone surrogates)
    const char32_t limit = codec == Codec::Ascii ? 0x80 : 0x100;
    std::vector<char32_t> cps = codePoints(text);
    std::string out;
    for (size_t i = 0; i < cps.size();) {
        if (cps[i] < limit) { out += static_cast<char>(cps[i]); ++i; continue; }
        size_t end = i;
        while (end < cps.size() && cps[end] >= limit) ++end;
        if (errors == "strict") {
            std::string msg = std::string("'") + codecName(codec) + "' codec can't encode ";
            if (end - i == 1) msg += "character '" + escapeCodePoint(cps[i]) + "' in position " + std::to_string(i);
            else msg += "characters in position " + std::to_string(i) + "-" + std::to_string(end - 1);
            msg += codec == Codec::Ascii ? ": ordinal not in range(128)" : ": ordinal not in range(256)";
            vm.raise(vm.exc.UnicodeEncodeError, msg);
        }
        for (size_t k = i; k < end; ++k) {
            if (errors == "replace") out += '?';
            else if (errors == "xmlcharrefreplace") out += "&#" + std::to_string(static_cast<uint32_t>(cps[k])) + ";";
            else if (errors == "backslashreplace") out += escapeCodePoint(cps[k]);
        }
        i = end;
    }
    return out;
}

std::string decodeBytes(VM &vm, const std::string &d, const std::string &encoding, const std::string &errors) {
    Codec codec = lookupCodec(vm, encoding);
    checkErrors(vm, errors, false);
    std::string out;
    for (size_t i = 0; i < d.size();) {
        unsigned char c = static_cast<unsigned char>(d[i]);
        if (codec == Codec::Latin1) { appendUtf8(out, c); ++i; continue; }
        if (codec == Codec::Ascii) {
            if (c < 0x80) { out += static_cast<char>(c); ++i; continue; }
            if (errors == "strict") decodeError(vm, codec, d, i, i + 1, "ordinal not in range(128)");
            decodeReplacement(errors, d, i, i + 1, out);
            ++i;
            continue;
        }
        size_t len = 0;
        Utf8Error err{};
        if (utf8Check(d, i, len, err)) { out.append(d, i, len); i += len; continue; }
        if (errors == "strict") decodeError(vm, codec, d, i, err.end, err.reason);
        decodeReplacement(errors, d, i, err.end, out);
        i = err.end;
    }
    return out;
}

}  // namespace ls::interp
