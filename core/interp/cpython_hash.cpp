#include "cpython_hash.h"

#include <string>

namespace ls::interp {

namespace {

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

struct SipState {
    uint64_t v0 = 0x736f6d6570736575ULL, v1 = 0x646f72616e646f6dULL;
    uint64_t v2 = 0x6c7967656e657261ULL, v3 = 0x7465646279746573ULL;
    void round() {
        v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
        v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
        v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
        v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
    }
};

int64_t finish(uint64_t h) {
    auto r = static_cast<int64_t>(h);
    return r == -1 ? -2 : r;
}

// Decodes UTF-8 (already validated by the str type) into code points.
std::u32string decode(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        char32_t cp;
        int extra;
        if (c < 0x80) { cp = c; extra = 0; }
        else if (c >> 5 == 0x6) { cp = c & 0x1f; extra = 1; }
        else if (c >> 4 == 0xe) { cp = c & 0x0f; extra = 2; }
        else { cp = c & 0x07; extra = 3; }
        ++i;
        for (int k = 0; k < extra && i < s.size(); ++k, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3f);
        out.push_back(cp);
    }
    return out;
}

}  // namespace

uint64_t siphash13(std::string_view data) {
    // py: Python/pyhash.c siphash13 with k0 = k1 = 0 (the hash secret is
    // all zeros when PYTHONHASHSEED=0).
    SipState s;
    size_t n = data.size();
    uint64_t b = static_cast<uint64_t>(n & 0xff) << 56;
    size_t i = 0;
    for (; n - i >= 8; i += 8) {
        uint64_t m = 0;
        for (int k = 7; k >= 0; --k) m = (m << 8) | static_cast<unsigned char>(data[i + static_cast<size_t>(k)]);
        s.v3 ^= m;
        s.round();
        s.v0 ^= m;
    }
    uint64_t t = 0;
    for (size_t k = 0; i + k < n; ++k) t |= static_cast<uint64_t>(static_cast<unsigned char>(data[i + k])) << (8 * k);
    b |= t;
    s.v3 ^= b;
    s.round();
    s.v0 ^= b;
    s.v2 ^= 0xff;
    s.round();
    s.round();
    s.round();
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

int64_t cpythonBytesHash(std::string_view data) {
    if (data.empty()) return 0;
    return finish(siphash13(data));
}

int64_t cpythonStrHash(std::string_view utf8) {
    if (utf8.empty()) return 0;
    bool ascii = true;
    for (unsigned char c : utf8) ascii = ascii && c < 0x80;
    if (ascii) return finish(siphash13(utf8));
    std::u32string cps = decode(utf8);
    char32_t widest = 0;
    for (char32_t c : cps) widest = c > widest ? c : widest;
    size_t width = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
    std::string raw;
    raw.reserve(cps.size() * width);
    for (char32_t c : cps)
        for (size_t k = 0; k < width; ++k) raw.push_back(static_cast<char>((c >> (8 * k)) & 0xff));
    return finish(siphash13(raw));
}

}  // namespace ls::interp
