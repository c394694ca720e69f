// list.sort's algorithm: a port of CPython 3.11's timsort (binary insertion
// for short runs, powersort merge policy, galloping merges), so that the
// sequence of `<` comparisons -- visible through __lt__ side effects, and
// through which operands a failing comparison names -- is CPython's.
// py: Objects/listobject.c (3.11) count_run, binarysort, gallop_left,
// gallop_right, merge_lo, merge_hi, merge_at, powerloop, found_new_run,
// merge_force_collapse, merge_compute_minrun, list_sort_impl.
#include "builtins_sequence_p.h"

namespace ls::interp::seq {

namespace {

constexpr int64_t kMinGallop = 7;

class Sorter {
public:
    Sorter(VM &vm, std::vector<Value> &keys, std::vector<Value> *values)
        : vm_(vm), keys_(keys), values_(values), n_(static_cast<int64_t>(keys.size())) {}

    void sort() {
        int64_t remaining = n_;
        if (remaining < 2) return;
        int64_t minrun = computeMinrun(remaining);
        int64_t lo = 0;
        do {
            bool descending;
            int64_t n = countRun(lo, lo + remaining, descending);
            if (descending) reverse(lo, lo + n);
            if (n < minrun) {
                int64_t force = remaining <= minrun ? remaining : minrun;
                binarySort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(n);
            pending_.push_back(Run{lo, n, 0});
            lo += n;
            remaining -= n;
        } while (remaining);
        forceCollapse();
    }

private:
    enum Arr { Main, Tmp };
    struct Run {
        int64_t base, len;
        int power;
    };

    bool lt(const Value &a, const Value &b) { return vm_.compare(a, b, CompareOp::Lt); }
    Value &key(Arr a, int64_t i) { return a == Main ? keys_[static_cast<size_t>(i)] : tmpKeys_[static_cast<size_t>(i)]; }
    Value &val(Arr a, int64_t i) { return a == Main ? (*values_)[static_cast<size_t>(i)] : tmpValues_[static_cast<size_t>(i)]; }
    void move1(Arr da, int64_t di, Arr sa, int64_t si) {
        key(da, di) = std::move(key(sa, si));
        if (values_) val(da, di) = std::move(val(sa, si));
    }
    // memmove: safe for overlapping ranges of the same array.
    void moveRange(Arr da, int64_t di, Arr sa, int64_t si, int64_t n) {
        if (da == sa && di > si) {
            for (int64_t k = n - 1; k >= 0; --k) move1(da, di + k, sa, si + k);
        } else {
            for (int64_t k = 0; k < n; ++k) move1(da, di + k, sa, si + k);
        }
    }
    void swapMain(int64_t i, int64_t j) {
        std::swap(keys_[static_cast<size_t>(i)], keys_[static_cast<size_t>(j)]);
        if (values_) std::swap((*values_)[static_cast<size_t>(i)], (*values_)[static_cast<size_t>(j)]);
    }
    void reverse(int64_t lo, int64_t hi) {
        for (--hi; lo < hi; ++lo, --hi) swapMain(lo, hi);
    }

    static int64_t computeMinrun(int64_t n) {
        int64_t r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    int64_t countRun(int64_t lo, int64_t hi, bool &descending) {
        descending = false;
        ++lo;
        if (lo == hi) return 1;
        int64_t n = 2;
        if (lt(keys_[lo], keys_[lo - 1])) {
            descending = true;
            for (lo = lo + 1; lo < hi; ++lo, ++n)
                if (!lt(keys_[lo], keys_[lo - 1])) break;
        } else {
            for (lo = lo + 1; lo < hi; ++lo, ++n)
                if (lt(keys_[lo], keys_[lo - 1])) break;
        }
        return n;
    }

    // [lo, start) is sorted; insert each of [start, hi) in place.
    void binarySort(int64_t lo, int64_t hi, int64_t start) {
        if (lo == start) ++start;
        for (; start < hi; ++start) {
            int64_t l = lo, r = start;
            const Value &pivot = keys_[start];
            do {
                int64_t p = l + ((r - l) >> 1);
                if (lt(pivot, keys_[p])) r = p;
                else l = p + 1;
            } while (l < r);
            Value pk = std::move(keys_[start]);
            for (int64_t p = start; p > l; --p) keys_[p] = std::move(keys_[p - 1]);
            keys_[l] = std::move(pk);
            if (values_) {
                auto &v = *values_;
                Value pv = std::move(v[start]);
                for (int64_t p = start; p > l; --p) v[p] = std::move(v[p - 1]);
                v[l] = std::move(pv);
            }
        }
    }

    int64_t gallopLeft(const Value &k, Arr arr, int64_t base, int64_t n, int64_t hint) {
        auto a = [&](int64_t i) -> const Value & { return key(arr, base + i); };
        int64_t lastofs = 0, ofs = 1;
        if (lt(a(hint), k)) {
            int64_t maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(a(hint + ofs), k)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        } else {
            int64_t maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(a(hint - ofs), k)) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            int64_t t = lastofs;
            lastofs = hint - ofs;
            ofs = hint - t;
        }
        ++lastofs;
        while (lastofs < ofs) {
            int64_t m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(a(m), k)) lastofs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    int64_t gallopRight(const Value &k, Arr arr, int64_t base, int64_t n, int64_t hint) {
        auto a = [&](int64_t i) -> const Value & { return key(arr, base + i); };
        int64_t lastofs = 0, ofs = 1;
        if (lt(k, a(hint))) {
            int64_t maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(k, a(hint - ofs))) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            int64_t t = lastofs;
            lastofs = hint - ofs;
            ofs = hint - t;
        } else {
            int64_t maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(k, a(hint + ofs))) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        ++lastofs;
        while (lastofs < ofs) {
            int64_t m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(k, a(m))) ofs = m;
            else lastofs = m + 1;
        }
        return ofs;
    }

    void toTmp(int64_t from, int64_t n) {
        tmpKeys_.resize(static_cast<size_t>(n));
        if (values_) tmpValues_.resize(static_cast<size_t>(n));
        moveRange(Tmp, 0, Main, from, n);
    }

    // Merges the runs at a (na items) and b == a + na (nb items), na <= nb.
    void mergeLo(int64_t a, int64_t na, int64_t b, int64_t nb) {
        toTmp(a, na);
        int64_t dest = a, pa = 0, pb = b;
        // On an exception, what is left of run A goes back into the gap
        // (so the list stays a permutation), then the error propagates.
        try {
            move1(Main, dest++, Main, pb++);
            if (--nb == 0) goto succeed;
            if (na == 1) goto copyB;
            for (;;) {
                int64_t acount = 0, bcount = 0;
                for (;;) {
                    if (lt(keys_[pb], tmpKeys_[pa])) {
                        move1(Main, dest++, Main, pb++);
                        ++bcount;
                        acount = 0;
                        if (--nb == 0) goto succeed;
                        if (bcount >= minGallop_) break;
                    } else {
                        move1(Main, dest++, Tmp, pa++);
                        ++acount;
                        bcount = 0;
                        if (--na == 1) goto copyB;
                        if (acount >= minGallop_) break;
                    }
                }
                ++minGallop_;
                do {
                    minGallop_ -= minGallop_ > 1;
                    int64_t k = gallopRight(keys_[pb], Tmp, pa, na, 0);
                    acount = k;
                    if (k) {
                        moveRange(Main, dest, Tmp, pa, k);
                        dest += k;
                        pa += k;
                        na -= k;
                        if (na == 1) goto copyB;
                        if (na == 0) goto succeed;
                    }
                    move1(Main, dest++, Main, pb++);
                    if (--nb == 0) goto succeed;
                    k = gallopLeft(tmpKeys_[pa], Main, pb, nb, 0);
                    bcount = k;
                    if (k) {
                        moveRange(Main, dest, Main, pb, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if (nb == 0) goto succeed;
                    }
                    move1(Main, dest++, Tmp, pa++);
                    if (--na == 1) goto copyB;
                } while (acount >= kMinGallop || bcount >= kMinGallop);
                ++minGallop_;
            }
        } catch (...) {
            if (na) moveRange(Main, dest, Tmp, pa, na);
            throw;
        }
    succeed:
        if (na) moveRange(Main, dest, Tmp, pa, na);
        return;
    copyB:
        // The last element of A belongs at the end of the merge.
        moveRange(Main, dest, Main, pb, nb);
        move1(Main, dest + nb, Tmp, pa);
    }

    // Same with na > nb, merging from the right.
    void mergeHi(int64_t a, int64_t na, int64_t b, int64_t nb) {
        toTmp(b, nb);
        int64_t dest = b + nb - 1, pa = a + na - 1, pb = nb - 1;
        const int64_t basea = a;
        try {
            move1(Main, dest--, Main, pa--);
            if (--na == 0) goto succeed;
            if (nb == 1) goto copyA;
            for (;;) {
                int64_t acount = 0, bcount = 0;
                for (;;) {
                    if (lt(tmpKeys_[pb], keys_[pa])) {
                        move1(Main, dest--, Main, pa--);
                        ++acount;
                        bcount = 0;
                        if (--na == 0) goto succeed;
                        if (acount >= minGallop_) break;
                    } else {
                        move1(Main, dest--, Tmp, pb--);
                        ++bcount;
                        acount = 0;
                        if (--nb == 1) goto copyA;
                        if (bcount >= minGallop_) break;
                    }
                }
                ++minGallop_;
                do {
                    minGallop_ -= minGallop_ > 1;
                    int64_t k = gallopRight(tmpKeys_[pb], Main, basea, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k) {
                        dest -= k;
                        pa -= k;
                        moveRange(Main, dest + 1, Main, pa + 1, k);
                        na -= k;
                        if (na == 0) goto succeed;
                    }
                    move1(Main, dest--, Tmp, pb--);
                    if (--nb == 1) goto copyA;
                    k = gallopLeft(keys_[pa], Tmp, 0, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k) {
                        dest -= k;
                        pb -= k;
                        moveRange(Main, dest + 1, Tmp, pb + 1, k);
                        nb -= k;
                        if (nb == 1) goto copyA;
                        if (nb == 0) goto succeed;
                    }
                    move1(Main, dest--, Main, pa--);
                    if (--na == 0) goto succeed;
                } while (acount >= kMinGallop || bcount >= kMinGallop);
                ++minGallop_;
            }
        } catch (...) {
            if (nb) moveRange(Main, dest - (nb - 1), Tmp, 0, nb);
            throw;
        }
    succeed:
        if (nb) moveRange(Main, dest - (nb - 1), Tmp, 0, nb);
        return;
    copyA:
        // The first element of B belongs at the front of the merge.
        moveRange(Main, dest + 1 - na, Main, pa + 1 - na, na);
        dest -= na;
        move1(Main, dest, Tmp, pb);
    }

    void mergeAt(size_t i) {
        int64_t a = pending_[i].base, na = pending_[i].len;
        int64_t b = pending_[i + 1].base, nb = pending_[i + 1].len;
        pending_[i].len = na + nb;
        if (i + 3 == pending_.size()) pending_[i + 1] = pending_[i + 2];
        pending_.pop_back();
        // Where does b start in a? Elements of a before that are in place.
        int64_t k = gallopRight(keys_[b], Main, a, na, 0);
        a += k;
        na -= k;
        if (na == 0) return;
        // Where does a end in b? Elements of b after that are in place.
        nb = gallopLeft(keys_[a + na - 1], Main, b, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) mergeLo(a, na, b, nb);
        else mergeHi(a, na, b, nb);
    }

    // py: powerloop: depth of the boundary between two runs in the
    // conceptual binary merge tree.
    int powerloop(int64_t s1, int64_t n1, int64_t n2) const {
        int result = 0;
        int64_t a = 2 * s1 + n1;
        int64_t b = a + n1 + n2;
        for (;;) {
            ++result;
            if (a >= n_) {
                a -= n_;
                b -= n_;
            } else if (b >= n_) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    void foundNewRun(int64_t n2) {
        if (pending_.empty()) return;
        int64_t s1 = pending_.back().base, n1 = pending_.back().len;
        int power = powerloop(s1, n1, n2);
        while (pending_.size() > 1 && pending_[pending_.size() - 2].power > power)
            mergeAt(pending_.size() - 2);
        pending_.back().power = power;
    }

    void forceCollapse() {
        while (pending_.size() > 1) {
            size_t n = pending_.size() - 2;
            if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
            mergeAt(n);
        }
    }

    VM &vm_;
    std::vector<Value> &keys_;
    std::vector<Value> *values_;
    std::vector<Value> tmpKeys_, tmpValues_;
    std::vector<Run> pending_;
    int64_t minGallop_ = kMinGallop;
    const int64_t n_;
};

}  // namespace

void timsort(VM &vm, std::vector<Value> &keys, std::vector<Value> *values) {
    Sorter(vm, keys, values).sort();
}

}  // namespace ls::interp::seq
