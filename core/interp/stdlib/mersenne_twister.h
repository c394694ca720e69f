// CPython's random.Random, bit for bit: the MT19937 core of
// Modules/_randommodule.c plus the Python-level methods of Lib/random.py
// (3.11.7) that the interpreter's `random` module exposes.  Plain C++ types
// only; the interpreter wraps sequences around the index-based results
// (choiceIndex, shufflePermutation, sample).  Every generator is an object:
// many interpreters run at once, so there is no shared state.
#pragma once

#include "stdlib_error.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ls::stdlib {

class MersenneTwister {
public:
    static constexpr int N = 624;

    // Everything random.getstate() captures (version 3): the 624-word key,
    // the position in it, and gauss()'s cached second value.  Copyable so a
    // session can snapshot and restore a generator.
    struct State {
        std::array<std::uint32_t, N> key{};
        int index = N + 1;
        std::optional<double> gaussNext;
        bool operator==(const State&) const = default;
    };

    // Seeded with 0; CPython seeds from os.urandom, which the deterministic
    // virtual world does not have, so the wrapper picks the seed.
    MersenneTwister() { seed(std::int64_t{0}); }
    explicit MersenneTwister(std::int64_t seedValue) { seed(seedValue); }

    // random.seed(int): all bits of abs(a) are used.
    void seed(std::int64_t a);
    // random.seed(int) for a big int: abs(a) as little-endian 32-bit words
    // (empty == 0).  Lets the wrapper pass any Python int.
    void seedWords(const std::vector<std::uint32_t>& absValueWords);
    // random.seed(str / bytes, version=2): the bytes (UTF-8 for a str) with
    // their SHA-512 digest appended, read as a big-endian int.
    void seedBytes(std::string_view bytes);
    void seed(std::string_view utf8) { seedBytes(utf8); }
    // random.seed(x) for any other hashable x (a float, say): CPython seeds
    // with hash(x) reinterpreted as an unsigned size_t.
    void seedHash(std::int64_t pyHash);

    State getstate() const;
    void setstate(const State& state);

    // One raw 32-bit output of the twister (genrand_uint32).
    std::uint32_t genrandUint32();

    double random();
    // getrandbits(k) for 0 <= k <= 64; k < 0 raises ValueError.
    std::uint64_t getrandbits(int k);
    // getrandbits(k) for any k >= 0, as the int's little-endian 32-bit words
    // ((k + 31) / 32 of them; empty for k == 0).
    std::vector<std::uint32_t> getrandbitsWords(std::int64_t k);
    // randbytes(n): getrandbits(n * 8) as n little-endian bytes.
    std::string randbytes(std::size_t n);
    // _randbelow_with_getrandbits(n); n must be > 0.
    std::uint64_t randbelow(std::uint64_t n);

    // randrange(stop) and randrange(start, stop[, step]) with 3.11's checks.
    std::int64_t randrange(std::int64_t stop);
    std::int64_t randrange(std::int64_t start, std::int64_t stop, std::int64_t step = 1);
    std::int64_t randint(std::int64_t a, std::int64_t b);

    // Index of the element choice(seq) returns; IndexError if len == 0.
    std::size_t choiceIndex(std::size_t len);
    // shuffle(x) for len(x) == n: the result p says the shuffled list holds
    // old x[p[i]] at position i.
    std::vector<std::size_t> shufflePermutation(std::size_t n);
    // sample(population, k) for len(population) == n: indices into the
    // population, in selection order.
    std::vector<std::size_t> sample(std::size_t n, std::int64_t k);

    double uniform(double a, double b);
    double triangular(double low = 0.0, double high = 1.0, std::optional<double> mode = {});
    double normalvariate(double mu = 0.0, double sigma = 1.0);
    double gauss(double mu = 0.0, double sigma = 1.0);
    double lognormvariate(double mu, double sigma);
    double expovariate(double lambd);
    double paretovariate(double alpha);
    double weibullvariate(double alpha, double beta);

private:
    void initGenrand(std::uint32_t s);
    void initByArray(const std::vector<std::uint32_t>& key);
    std::int64_t randrangeWide(__int128 start, __int128 stop, __int128 step);

    State m_state;
};

// SHA-512 of `data` (FIPS 180-4); needed for str/bytes seeds.
std::array<std::uint8_t, 64> sha512(std::string_view data);

} // namespace ls::stdlib
