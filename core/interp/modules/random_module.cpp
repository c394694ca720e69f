// The `random` module over CPython's Mersenne Twister (stdlib/
// mersenne_twister.h): same numbers as CPython for the same seed. The run
// contract seeds it (--seed, default 0) before the script starts.
#include "../bigint.h"
#include "module_util.h"
#include "../stdlib/mersenne_twister.h"

namespace ls::interp {

namespace {

stdlib::MersenneTwister &rng(VM &vm) { return *vm.extension<stdlib::MersenneTwister>("random"); }

template <class F> Value guarded(VM &vm, F f) {
    try {
        return f();
    } catch (const stdlib::StdlibError &e) {
        raiseStdlibError(vm, e);
    }
}

std::vector<Value> sequenceItems(VM &vm, const Value &seq) {
    if (seq.is(Kind::List)) return seq.as<ListObject>()->items;
    if (seq.is(Kind::Tuple)) return seq.as<TupleObject>()->items;
    if (seq.is(Kind::Str) || seq.is(Kind::Range)) return vm.toVector(seq);
    if (seq.is(Kind::Set) || seq.is(Kind::FrozenSet) || seq.is(Kind::Dict))
        vm.raise(vm.exc.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    return vm.toVector(seq);
}

}  // namespace

Value initRandomModule(VM &vm) {
    if (!vm.extension<stdlib::MersenneTwister>("random"))
        vm.setExtension("random", std::make_shared<stdlib::MersenneTwister>(static_cast<int64_t>(vm.options().seed)),
                        +[](stdlib::MersenneTwister &, RefVisitor &) {});  // no object references
    ModuleBuilder m(vm, "random");
    m.fn("seed", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "seed", 0, 2);
        if (a.size() == 0 || a[0].isNone()) rng(vm).seed(int64_t{0});
        else if (a[0].isInt() || a[0].isBool()) rng(vm).seed(a[0].isInt() ? a[0].asInt() : a[0].asBool());
        else if (a[0].is(Kind::Str)) rng(vm).seedBytes(a[0].as<StrObject>()->s);
        else if (a[0].isFloat()) rng(vm).seed(static_cast<int64_t>(vm.hash(a[0])));
        else vm.raise(vm.exc.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        return Value::none();
    });
    m.fn("random", [](VM &vm, const CallArgs &a) { vm.checkArgs(a, "random", 0, 0); return Value::real(rng(vm).random()); });
    m.fn("uniform", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "uniform", 2, 2);
        return Value::real(rng(vm).uniform(vm.toDouble(a[0]), vm.toDouble(a[1])));
    });
    m.fn("randint", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "randint", 2, 2);
        return guarded(vm, [&] { return Value::integer(rng(vm).randint(vm.index(a[0]), vm.index(a[1]))); });
    });
    m.fn("randrange", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "randrange", 1, 3);
        return guarded(vm, [&] {
            if (a.size() == 1) return Value::integer(rng(vm).randrange(vm.index(a[0])));
            return Value::integer(rng(vm).randrange(vm.index(a[0]), vm.index(a[1]), a.size() > 2 ? vm.index(a[2]) : 1));
        });
    });
    m.fn("getrandbits", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "getrandbits", 1, 1);
        int64_t k = vm.index(a[0]);
        if (k > 63) {
            // 32-bit words, least significant first (py: _random_Random_getrandbits_impl).
            big::checkBits(vm, static_cast<uint64_t>(k));
            return guarded(vm, [&] {
                std::vector<std::uint32_t> words = rng(vm).getrandbitsWords(k);
                big::Mpz r;
                mpz_import(r, words.size(), -1, sizeof(std::uint32_t), 0, 0, words.data());
                return big::normalize(vm, r);
            });
        }
        return guarded(vm, [&] { return Value::integer(static_cast<int64_t>(rng(vm).getrandbits(static_cast<int>(k)))); });
    });
    m.fn("choice", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "choice", 1, 1);
        auto items = sequenceItems(vm, a[0]);
        return guarded(vm, [&] { return items[rng(vm).choiceIndex(items.size())]; });
    });
    m.fn("shuffle", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "shuffle", 1, 1);
        if (!a[0].is(Kind::List)) vm.raise(vm.exc.TypeError, "'" + vm.typeName(a[0]) + "' object does not support item assignment");
        auto &items = a[0].as<ListObject>()->items;
        auto perm = rng(vm).shufflePermutation(items.size());
        std::vector<Value> old = items;
        for (size_t i = 0; i < perm.size(); ++i) items[i] = old[perm[i]];
        return Value::none();
    });
    m.fn("sample", [](VM &vm, const CallArgs &a) {
        if (a.size() != 2) vm.raise(vm.exc.TypeError, "Random.sample() missing 1 required positional argument: 'k'");
        auto items = sequenceItems(vm, a[0]);
        return guarded(vm, [&] {
            auto idx = rng(vm).sample(items.size(), vm.index(a[1]));
            std::vector<Value> out;
            for (auto i : idx) out.push_back(items[i]);
            return vm.list(std::move(out));
        });
    });
    m.fn("gauss", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "gauss", 0, 2);
        return Value::real(rng(vm).gauss(a.size() > 0 ? vm.toDouble(a[0]) : 0.0, a.size() > 1 ? vm.toDouble(a[1]) : 1.0));
    });
    m.fn("normalvariate", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "normalvariate", 0, 2);
        return Value::real(rng(vm).normalvariate(a.size() > 0 ? vm.toDouble(a[0]) : 0.0, a.size() > 1 ? vm.toDouble(a[1]) : 1.0));
    });
    m.fn("expovariate", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "expovariate", 1, 1);
        return guarded(vm, [&] { return Value::real(rng(vm).expovariate(vm.toDouble(a[0]))); });
    });
    m.fn("triangular", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "triangular", 0, 3);
        std::optional<double> mode;
        if (a.size() > 2 && !a[2].isNone()) mode = vm.toDouble(a[2]);
        return Value::real(rng(vm).triangular(a.size() > 0 ? vm.toDouble(a[0]) : 0.0, a.size() > 1 ? vm.toDouble(a[1]) : 1.0, mode));
    });
    return m.module;
}

}  // namespace ls::interp
