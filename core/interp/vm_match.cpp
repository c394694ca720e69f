// MATCH_PATTERN: one case's pattern tried against the subject, as
// CPython 3.11's MATCH_CLASS / MATCH_MAPPING / MATCH_SEQUENCE / MATCH_KEYS
// and the compiler's pattern code do it together (Python/ceval.c,
// Python/compile.c compiler_pattern). The descriptor is the tuple
// Compiler::patternDescriptor builds: (kind, ...) with kind an
// ast::PatKind; `values` holds the case's evaluated expressions.
#include "vm_internal.h"

namespace ls::interp::internal {

namespace {

enum PK { Wildcard, Capture, ValueP, Singleton, Sequence, Star, Mapping, Class, As, Or };

struct Matcher {
    VM &vm;
    const std::vector<Value> &values;
    std::vector<Value> &captures;

    static const std::vector<Value> &items(const Value &t) { return t.as<TupleObject>()->items; }
    static int64_t num(const Value &v) { return v.asInt(); }

    void capture(int64_t slot, const Value &v) {
        if (slot >= 0) captures[static_cast<size_t>(slot)] = v;
    }

    // py: Py_TPFLAGS_SEQUENCE: list, tuple, range, deque, memoryview and
    // their subclasses (not str, bytes, bytearray).
    bool isSequence(const Value &s) {
        TypeObject *t = vm.typeOf(s);
        for (auto *c : t->mro) {
            if (c == vm.types.list || c == vm.types.tuple || c == vm.types.range) return true;
            if (!c->isHeapType && (c->name == "deque" || c->name == "memoryview")) return true;
        }
        return false;
    }

    // py: Py_TPFLAGS_MAPPING: dict and its subclasses (OrderedDict,
    // defaultdict, Counter).
    bool isMapping(const Value &s) { return vm.typeOf(s)->isSubtypeOf(vm.types.dict); }

    // py: _Py_TPFLAGS_MATCH_SELF: Cls(x) matches the subject itself.
    bool matchesSelf(TypeObject *cls) {
        const TypeObject *selfTypes[] = {vm.types.bool_, vm.types.bytes, vm.types.dict, vm.types.float_,
                                         vm.types.frozenset, vm.types.int_, vm.types.list, vm.types.set,
                                         vm.types.str, vm.types.tuple};
        for (auto *c : cls->mro)
            for (auto *t : selfTypes)
                if (c == t) return true;
        for (auto *c : cls->mro)
            if (!c->isHeapType && c->name == "bytearray") return true;
        return false;
    }

    Value keyValue(int64_t idx) {
        if (idx >= 0) return values[static_cast<size_t>(idx)];
        int64_t k = -1 - idx;
        return k == 0 ? Value::none() : Value::boolean(k == 1);
    }

    bool match(const Value &subject, const Value &desc) {
        auto &d = items(desc);
        switch (num(d[0])) {
        case Wildcard: return true;
        case Capture: capture(num(d[1]), subject); return true;
        case ValueP: return vm.eq(subject, values[static_cast<size_t>(num(d[1]))]);
        case Singleton: {
            int64_t k = num(d[1]);
            if (k == 0) return subject.isNone();
            return subject.tag() == Value::Tag::Bool && subject.asBool() == (k == 1);
        }
        case Sequence: return matchSequence(subject, items(d[1]));
        case Mapping: return matchMapping(subject, items(d[1]), items(d[2]), num(d[3]));
        case Class: return matchClass(subject, values[static_cast<size_t>(num(d[1]))], items(d[2]), items(d[3]));
        case As:
            if (!match(subject, d[1])) return false;
            capture(num(d[2]), subject);
            return true;
        case Or:
            for (auto &alt : items(d[1])) {
                std::vector<Value> saved = captures;
                if (match(subject, alt)) return true;
                captures = std::move(saved);
            }
            return false;
        default: return false;
        }
    }

    bool matchSequence(const Value &subject, const std::vector<Value> &subs) {
        if (!isSequence(subject)) return false;
        size_t star = subs.size();
        for (size_t i = 0; i < subs.size(); ++i)
            if (num(items(subs[i])[0]) == Star) star = i;
        int64_t n = vm.len(subject);
        if (star == subs.size() ? n != static_cast<int64_t>(subs.size()) : n < static_cast<int64_t>(subs.size()) - 1)
            return false;
        std::vector<Value> elems = vm.toVector(subject);
        if (star == subs.size()) {
            for (size_t i = 0; i < subs.size(); ++i)
                if (!match(elems[i], subs[i])) return false;
            return true;
        }
        size_t after = subs.size() - star - 1;
        for (size_t i = 0; i < star; ++i)
            if (!match(elems[i], subs[i])) return false;
        std::vector<Value> middle(elems.begin() + static_cast<std::ptrdiff_t>(star),
                                  elems.end() - static_cast<std::ptrdiff_t>(after));
        capture(num(items(subs[star])[1]), vm.list(std::move(middle)));
        for (size_t i = 0; i < after; ++i)
            if (!match(elems[elems.size() - after + i], subs[star + 1 + i])) return false;
        return true;
    }

    bool matchMapping(const Value &subject, const std::vector<Value> &keys, const std::vector<Value> &subs,
                      int64_t restSlot) {
        if (!isMapping(subject)) return false;
        if (vm.len(subject) < static_cast<int64_t>(keys.size())) return false;
        // py: MATCH_KEYS looks each key up with subject.get(key, dummy).
        Value dummy = vm.tuple({});
        Value get = vm.getAttr(subject, "get");
        std::vector<Value> keyValues;
        for (size_t i = 0; i < keys.size(); ++i) {
            Value key = keyValue(num(keys[i]));
            for (auto &seen : keyValues)
                if (vm.eq(seen, key)) vm.raise(vm.exc.ValueError, "mapping pattern checks duplicate key (" + vm.repr(key) + ")");
            keyValues.push_back(key);
            Value v = vm.call(get, {key, dummy});
            if (v.identical(dummy)) return false;
            if (!match(v, subs[i])) return false;
        }
        if (restSlot >= 0) {
            Value rest = vm.dict();
            Value its = vm.callMethod(subject, "items", {});
            for (auto &kv : vm.toVector(its)) {
                auto &pair = items(kv);
                bool taken = false;
                for (auto &k : keyValues) taken = taken || vm.eq(k, pair[0]);
                if (!taken) vm.setItem(rest, pair[0], pair[1]);
            }
            capture(restSlot, rest);
        }
        return true;
    }

    bool matchClass(const Value &subject, const Value &clsValue, const std::vector<Value> &subs,
                    const std::vector<Value> &kwNames) {
        if (!clsValue.is(Kind::Type)) vm.raise(vm.exc.TypeError, "called match pattern must be a type");
        TypeObject *cls = clsValue.as<TypeObject>();
        if (!vm.isInstance(subject, cls)) return false;
        size_t nPos = subs.size() - kwNames.size();
        std::vector<std::string> names;
        if (nPos > 0) {
            Value matchArgs = vm.getAttrOpt(clsValue, "__match_args__");
            if (matchArgs.isNull()) {
                if (!matchesSelf(cls)) {
                    vm.raise(vm.exc.TypeError, cls->name + "() accepts 0 positional sub-patterns (" +
                                                   std::to_string(nPos) + " given)");
                }
                if (nPos > 1)
                    vm.raise(vm.exc.TypeError, cls->name + "() accepts 1 positional sub-pattern (" +
                                                   std::to_string(nPos) + " given)");
                if (!match(subject, subs[0])) return false;
            } else {
                if (!matchArgs.is(Kind::Tuple))
                    vm.raise(vm.exc.TypeError, cls->name + ".__match_args__ must be a tuple (got " + vm.typeName(matchArgs) + ")");
                auto &ma = items(matchArgs);
                if (nPos > ma.size())
                    vm.raise(vm.exc.TypeError, cls->name + "() accepts " + std::to_string(ma.size()) + " positional sub-pattern" +
                                                   (ma.size() == 1 ? "" : "s") + " (" + std::to_string(nPos) + " given)");
                for (size_t i = 0; i < nPos; ++i) {
                    if (!ma[i].is(Kind::Str))
                        vm.raise(vm.exc.TypeError, "__match_args__ elements must be strings (got " + vm.typeName(ma[i]) + ")");
                    names.push_back(ma[i].as<StrObject>()->s);
                }
            }
        }
        size_t first = names.empty() ? nPos : 0;  // match-self consumed the positional one
        for (auto &k : kwNames) names.push_back(k.as<StrObject>()->s);
        for (size_t i = 0; i < names.size(); ++i)
            for (size_t j = 0; j < i; ++j)
                if (names[i] == names[j])
                    vm.raise(vm.exc.TypeError, cls->name + "() got multiple sub-patterns for attribute '" + names[i] + "'");
        for (size_t i = 0; i < names.size(); ++i) {
            Value attr;
            try {
                attr = vm.getAttrOpt(subject, names[i]);
            } catch (PyException &e) {
                if (vm.isInstance(e.exc, vm.exc.AttributeError)) return false;
                throw;
            }
            if (attr.isNull()) return false;
            if (!match(attr, subs[first + i])) return false;
        }
        return true;
    }
};

}  // namespace

Value matchPattern(VM &vm, const Value &subject, const Value &descriptor, const Value &values) {
    auto &vals = values.as<TupleObject>()->items;
    // Slots: the largest slot index in the descriptor tells how many.
    std::vector<Value> captures;
    std::vector<const Value *> todo{&descriptor};
    int64_t maxSlot = -1;
    while (!todo.empty()) {
        const Value *d = todo.back();
        todo.pop_back();
        auto &it = d->as<TupleObject>()->items;
        switch (it[0].asInt()) {
        case Capture: case Star: maxSlot = std::max(maxSlot, it[1].asInt()); break;
        case Sequence: case Or: for (auto &x : it[1].as<TupleObject>()->items) todo.push_back(&x); break;
        case Mapping:
            maxSlot = std::max(maxSlot, it[3].asInt());
            for (auto &x : it[2].as<TupleObject>()->items) todo.push_back(&x);
            break;
        case Class: for (auto &x : it[2].as<TupleObject>()->items) todo.push_back(&x); break;
        case As: maxSlot = std::max(maxSlot, it[2].asInt()); todo.push_back(&it[1]); break;
        default: break;
        }
    }
    captures.resize(static_cast<size_t>(maxSlot + 1));
    Matcher m{vm, vals, captures};
    if (!m.match(subject, descriptor)) return Value::none();
    for (auto &c : captures)
        if (c.isNull()) c = Value::none();
    return vm.tuple(std::move(captures));
}

}  // namespace ls::interp::internal
