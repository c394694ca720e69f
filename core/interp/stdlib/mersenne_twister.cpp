#include "mersenne_twister.h"

#include <cmath>
#include <numbers>
#include <string>
#include <unordered_set>

namespace ls::stdlib {

namespace {

// py: Modules/_randommodule.c (3.11) period parameters
constexpr int M = 397;
constexpr std::uint32_t MATRIX_A = 0x9908b0dfU;
constexpr std::uint32_t UPPER_MASK = 0x80000000U;
constexpr std::uint32_t LOWER_MASK = 0x7fffffffU;

// Lib/random.py's module constants, computed the same way so the doubles
// agree to the last bit.
const double NV_MAGICCONST = 4 * std::exp(-0.5) / std::sqrt(2.0);
constexpr double TWOPI = 2.0 * std::numbers::pi;

[[noreturn]] void raise(StdlibError::Kind kind, const std::string& message)
{
    throw StdlibError(kind, message);
}

std::string int128ToString(__int128 v)
{
    if (v == 0)
        return "0";
    const bool negative = v < 0;
    unsigned __int128 u = negative ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
    std::string digits;
    while (u != 0) {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
        u /= 10;
    }
    return negative ? "-" + digits : digits;
}

int bitLength(std::uint64_t n)
{
    return n == 0 ? 0 : 64 - __builtin_clzll(n);
}

// py: Lib/random.py float ** float where the base can be 0.0: CPython
// raises instead of returning inf.
double pyPow(double base, double exponent)
{
    if (base == 0.0 && exponent < 0.0)
        raise(StdlibError::Kind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return std::pow(base, exponent);
}

double pyDivide(double a, double b)
{
    if (b == 0.0)
        raise(StdlibError::Kind::ZeroDivisionError, "float division by zero");
    return a / b;
}

} // namespace

// py: Modules/_randommodule.c init_genrand (3.11)
void MersenneTwister::initGenrand(std::uint32_t s)
{
    auto& mt = m_state.key;
    mt[0] = s;
    for (int i = 1; i < N; ++i)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
    m_state.index = N;
}

// py: Modules/_randommodule.c init_by_array (3.11)
void MersenneTwister::initByArray(const std::vector<std::uint32_t>& key)
{
    auto& mt = m_state.key;
    initGenrand(19650218U);
    const std::size_t keyLength = key.size();
    std::size_t i = 1, j = 0;
    for (std::size_t k = (static_cast<std::size_t>(N) > keyLength ? N : keyLength); k; --k) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<std::uint32_t>(j);
        ++i;
        ++j;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if (j >= keyLength)
            j = 0;
    }
    for (std::size_t k = N - 1; k; --k) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<std::uint32_t>(i);
        ++i;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U; // MSB is 1, assuring a non-zero initial array
}

// py: Modules/_randommodule.c random_seed (3.11): abs(n) split into 32-bit
// words, least significant first; zero still yields one word.
void MersenneTwister::seedWords(const std::vector<std::uint32_t>& absValueWords)
{
    std::vector<std::uint32_t> key = absValueWords;
    while (key.size() > 1 && key.back() == 0)
        key.pop_back();
    if (key.empty())
        key.push_back(0);
    initByArray(key);
    m_state.gaussNext.reset(); // py: Lib/random.py Random.seed
}

void MersenneTwister::seed(std::int64_t a)
{
    // Negating through unsigned keeps INT64_MIN well defined.
    const std::uint64_t absValue = a < 0 ? 0 - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
    seedWords({static_cast<std::uint32_t>(absValue), static_cast<std::uint32_t>(absValue >> 32)});
}

// py: Modules/_randommodule.c random_seed (3.11): a non-int seed is
// PyLong_FromSize_t((size_t)hash(arg)).
void MersenneTwister::seedHash(std::int64_t pyHash)
{
    const auto bits = static_cast<std::uint64_t>(pyHash);
    seedWords({static_cast<std::uint32_t>(bits), static_cast<std::uint32_t>(bits >> 32)});
}

// py: Lib/random.py Random.seed (3.11), version 2 for str/bytes:
// a = int.from_bytes(a + sha512(a).digest())  (big-endian).
void MersenneTwister::seedBytes(std::string_view bytes)
{
    std::string all(bytes);
    const auto digest = sha512(bytes);
    all.append(reinterpret_cast<const char*>(digest.data()), digest.size());
    // Big-endian bytes -> little-endian 32-bit words: walk from the end.
    std::vector<std::uint32_t> words((all.size() + 3) / 4, 0);
    for (std::size_t pos = 0; pos < all.size(); ++pos) {
        const std::size_t fromEnd = all.size() - 1 - pos;
        words[fromEnd / 4] |= static_cast<std::uint32_t>(static_cast<unsigned char>(all[pos])) << (8 * (fromEnd % 4));
    }
    seedWords(words);
}

MersenneTwister::State MersenneTwister::getstate() const
{
    return m_state;
}

void MersenneTwister::setstate(const State& state)
{
    // py: Modules/_randommodule.c random_setstate rejects index outside 0..N.
    if (state.index < 0 || state.index > N)
        raise(StdlibError::Kind::ValueError, "invalid state");
    m_state = state;
}

// py: Modules/_randommodule.c genrand_uint32 (3.11)
std::uint32_t MersenneTwister::genrandUint32()
{
    static constexpr std::uint32_t mag01[2] = {0x0U, MATRIX_A};
    auto& mt = m_state.key;
    std::uint32_t y;
    if (m_state.index >= N) { // generate N words at one time
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        m_state.index = 0;
    }
    y = mt[m_state.index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

// py: Modules/_randommodule.c _random_Random_random_impl: 53 bits from two
// outputs (27 + 26 bits).
double MersenneTwister::random()
{
    const std::uint32_t a = genrandUint32() >> 5;
    const std::uint32_t b = genrandUint32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// py: Modules/_randommodule.c _random_Random_getrandbits_impl: words are
// filled least significant first, only the last one is right-shifted.
std::vector<std::uint32_t> MersenneTwister::getrandbitsWords(std::int64_t k)
{
    if (k < 0)
        raise(StdlibError::Kind::ValueError, "number of bits must be non-negative");
    std::vector<std::uint32_t> words;
    if (k == 0)
        return words;
    if (k <= 32) {
        words.push_back(genrandUint32() >> (32 - k));
        return words;
    }
    words.reserve(static_cast<std::size_t>((k - 1) / 32 + 1));
    for (std::int64_t left = k; left > 0; left -= 32) {
        std::uint32_t r = genrandUint32();
        if (left < 32)
            r >>= (32 - left);
        words.push_back(r);
    }
    return words;
}

std::uint64_t MersenneTwister::getrandbits(int k)
{
    if (k > 64)
        raise(StdlibError::Kind::OverflowError, "getrandbits(k) for k > 64 needs getrandbitsWords");
    const auto words = getrandbitsWords(k);
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < words.size(); ++i)
        value |= static_cast<std::uint64_t>(words[i]) << (32 * i);
    return value;
}

// py: Lib/random.py Random.randbytes (3.11)
std::string MersenneTwister::randbytes(std::size_t n)
{
    const auto words = getrandbitsWords(static_cast<std::int64_t>(n) * 8);
    std::string out(n, '\0');
    for (std::size_t i = 0; i < n; ++i)
        out[i] = static_cast<char>(words[i / 4] >> (8 * (i % 4)));
    return out;
}

// py: Lib/random.py Random._randbelow_with_getrandbits (3.11)
std::uint64_t MersenneTwister::randbelow(std::uint64_t n)
{
    // CPython loops forever for n == 0 (getrandbits(0) == 0 >= 0); every
    // caller excludes it, so treat it as the caller's bug.
    if (n == 0)
        raise(StdlibError::Kind::ValueError, "randbelow() needs n > 0");
    const int k = bitLength(n); // not n-1: n can be 1
    std::uint64_t r = getrandbits(k);
    while (r >= n)
        r = getrandbits(k);
    return r;
}

// py: Lib/random.py Random.randrange (3.11), one-argument form
std::int64_t MersenneTwister::randrange(std::int64_t stop)
{
    if (stop > 0)
        return static_cast<std::int64_t>(randbelow(static_cast<std::uint64_t>(stop)));
    raise(StdlibError::Kind::ValueError, "empty range for randrange()");
}

std::int64_t MersenneTwister::randrange(std::int64_t start, std::int64_t stop, std::int64_t step)
{
    return randrangeWide(start, stop, step);
}

// py: Lib/random.py Random.randint (3.11): randrange(a, b + 1); b + 1 may
// leave int64, hence the wide helper.
std::int64_t MersenneTwister::randint(std::int64_t a, std::int64_t b)
{
    return randrangeWide(a, static_cast<__int128>(b) + 1, 1);
}

// py: Lib/random.py Random.randrange (3.11), start/stop/step form.  Python
// ints do not overflow; 128 bits cover every width of two int64 bounds.
std::int64_t MersenneTwister::randrangeWide(__int128 start, __int128 stop, __int128 step)
{
    const __int128 width = stop - start;
    if (step == 1) {
        if (width > 0)
            return static_cast<std::int64_t>(start + randbelow(static_cast<std::uint64_t>(width)));
        raise(StdlibError::Kind::ValueError, "empty range for randrange() (" + int128ToString(start) + ", "
                                                 + int128ToString(stop) + ", " + int128ToString(width) + ")");
    }
    __int128 n;
    // Python's // floors; the numerator and step share no sign guarantee.
    auto floorDiv = [](__int128 a, __int128 b) {
        __int128 q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0)))
            --q;
        return q;
    };
    if (step > 0)
        n = floorDiv(width + step - 1, step);
    else if (step < 0)
        n = floorDiv(width + step + 1, step);
    else
        raise(StdlibError::Kind::ValueError, "zero step for randrange()");
    if (n <= 0)
        raise(StdlibError::Kind::ValueError, "empty range for randrange()");
    return static_cast<std::int64_t>(start + step * static_cast<__int128>(randbelow(static_cast<std::uint64_t>(n))));
}

// py: Lib/random.py Random.choice (3.11)
std::size_t MersenneTwister::choiceIndex(std::size_t len)
{
    if (len == 0)
        raise(StdlibError::Kind::IndexError, "Cannot choose from an empty sequence");
    return static_cast<std::size_t>(randbelow(len));
}

// py: Lib/random.py Random.shuffle (3.11): swap x[i] with x[randbelow(i+1)]
// for i from the end down to 1.
std::vector<std::size_t> MersenneTwister::shufflePermutation(std::size_t n)
{
    std::vector<std::size_t> perm(n);
    for (std::size_t i = 0; i < n; ++i)
        perm[i] = i;
    for (std::size_t i = n; i-- > 1;) {
        const auto j = static_cast<std::size_t>(randbelow(i + 1));
        std::swap(perm[i], perm[j]);
    }
    return perm;
}

// py: Lib/random.py Random.sample (3.11), without counts=
std::vector<std::size_t> MersenneTwister::sample(std::size_t n, std::int64_t k)
{
    if (k < 0 || static_cast<std::uint64_t>(k) > n)
        raise(StdlibError::Kind::ValueError, "Sample larger than population or is negative");
    const auto count = static_cast<std::size_t>(k);
    std::vector<std::size_t> result(count);
    // setsize = 21 + 4 ** ceil(log(k * 3, 4)) for k > 5; math.log(x, b) is
    // log(x) / log(b) in doubles, so the same expression gives the same int.
    std::uint64_t setsize = 21;
    if (k > 5) {
        const double exponent = std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0));
        setsize += exponent >= 31 ? UINT64_MAX / 2 : (std::uint64_t{1} << (2 * static_cast<int>(exponent)));
    }
    if (n <= setsize) {
        // An n-length pool is smaller than a k-length set.
        // Invariant: non-selected at pool[0 : n-i]
        std::vector<std::size_t> pool(n);
        for (std::size_t i = 0; i < n; ++i)
            pool[i] = i;
        for (std::size_t i = 0; i < count; ++i) {
            const auto j = static_cast<std::size_t>(randbelow(n - i));
            result[i] = pool[j];
            pool[j] = pool[n - i - 1]; // move non-selected item into vacancy
        }
    } else {
        std::unordered_set<std::size_t> selected;
        for (std::size_t i = 0; i < count; ++i) {
            auto j = static_cast<std::size_t>(randbelow(n));
            while (selected.count(j))
                j = static_cast<std::size_t>(randbelow(n));
            selected.insert(j);
            result[i] = j;
        }
    }
    return result;
}

// py: Lib/random.py Random.uniform (3.11)
double MersenneTwister::uniform(double a, double b)
{
    return a + (b - a) * random();
}

// py: Lib/random.py Random.triangular (3.11)
double MersenneTwister::triangular(double low, double high, std::optional<double> mode)
{
    double u = random();
    double c = 0.5;
    if (mode) {
        if (high - low == 0.0) // ZeroDivisionError is caught there: return low
            return low;
        c = (*mode - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        std::swap(low, high);
    }
    return low + (high - low) * std::sqrt(u * c);
}

// py: Lib/random.py Random.normalvariate (3.11), Kinderman and Monahan
double MersenneTwister::normalvariate(double mu, double sigma)
{
    double z;
    while (true) {
        const double u1 = random();
        const double u2 = 1.0 - random();
        z = NV_MAGICCONST * (u1 - 0.5) / u2;
        const double zz = z * z / 4.0;
        if (zz <= -std::log(u2))
            break;
    }
    return mu + z * sigma;
}

// py: Lib/random.py Random.gauss (3.11): Box-Muller, caching the sine half
// in gauss_next for the next call.
double MersenneTwister::gauss(double mu, double sigma)
{
    std::optional<double> z = m_state.gaussNext;
    m_state.gaussNext.reset();
    if (!z) {
        const double x2pi = random() * TWOPI;
        const double g2rad = std::sqrt(-2.0 * std::log(1.0 - random()));
        z = std::cos(x2pi) * g2rad;
        m_state.gaussNext = std::sin(x2pi) * g2rad;
    }
    return mu + *z * sigma;
}

// py: Lib/random.py Random.lognormvariate (3.11)
double MersenneTwister::lognormvariate(double mu, double sigma)
{
    const double value = std::exp(normalvariate(mu, sigma));
    if (std::isinf(value))
        raise(StdlibError::Kind::OverflowError, "math range error");
    return value;
}

// py: Lib/random.py Random.expovariate (3.11): 1 - random() avoids log(0);
// random() is drawn before the division can fail, as in CPython.
double MersenneTwister::expovariate(double lambd)
{
    return pyDivide(-std::log(1.0 - random()), lambd);
}

// py: Lib/random.py Random.paretovariate (3.11)
double MersenneTwister::paretovariate(double alpha)
{
    const double u = 1.0 - random();
    return pyPow(u, pyDivide(-1.0, alpha));
}

// py: Lib/random.py Random.weibullvariate (3.11)
double MersenneTwister::weibullvariate(double alpha, double beta)
{
    const double u = 1.0 - random();
    return alpha * pyPow(-std::log(u), pyDivide(1.0, beta));
}

// FIPS 180-4 SHA-512, the digest Lib/random.py appends to str/bytes seeds.
std::array<std::uint8_t, 64> sha512(std::string_view data)
{
    static constexpr std::uint64_t K[80] = {
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
        0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
        0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
        0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
        0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
        0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
        0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
        0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
        0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
        0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817};
    std::uint64_t h[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                          0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
    auto rotr = [](std::uint64_t x, int n) { return (x >> n) | (x << (64 - n)); };

    // Padding: 0x80, zeros, then the bit length as a 128-bit big-endian int.
    std::string msg(data);
    const unsigned __int128 bitLen = static_cast<unsigned __int128>(data.size()) * 8;
    msg.push_back(static_cast<char>(0x80));
    while (msg.size() % 128 != 112)
        msg.push_back('\0');
    for (int i = 15; i >= 0; --i)
        msg.push_back(static_cast<char>(static_cast<std::uint8_t>(bitLen >> (8 * i))));

    std::uint64_t w[80];
    for (std::size_t block = 0; block < msg.size(); block += 128) {
        for (int t = 0; t < 16; ++t) {
            w[t] = 0;
            for (int b = 0; b < 8; ++b)
                w[t] = (w[t] << 8) | static_cast<std::uint8_t>(msg[block + 8 * t + b]);
        }
        for (int t = 16; t < 80; ++t) {
            const std::uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
            const std::uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        std::uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int t = 0; t < 80; ++t) {
            const std::uint64_t t1 = hh + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + K[t] + w[t];
            const std::uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
    std::array<std::uint8_t, 64> out{};
    for (int i = 0; i < 8; ++i)
        for (int b = 0; b < 8; ++b)
            out[8 * i + b] = static_cast<std::uint8_t>(h[i] >> (56 - 8 * b));
    return out;
}

} // namespace ls::stdlib
