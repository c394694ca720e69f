// BaseExceptionGroup and ExceptionGroup (py: Objects/exceptions.c, 3.11)
// and the two run-time steps of `except*`: CHECK_EXC_STAR (py: ceval.c
// CHECK_EG_MATCH, exception_group_match) and PREP_RERAISE_STAR (py:
// _PyExc_PrepReraiseStar). The compiler side is compiler_flow.cpp
// tryStarExcept.
#include "exception_groups.h"

#include "builtins_sequence_p.h"
#include "vm_internal.h"

#include <unordered_set>

namespace ls::interp {

namespace {

// py: PySequence_Check: what BaseExceptionGroup accepts as `exceptions`.
bool isSequence(VM &vm, const Value &v) {
    if (v.is(Kind::List) || v.is(Kind::Tuple) || v.is(Kind::Str) || v.is(Kind::Range)) return true;
    if (!v.isObj() || v.is(Kind::Dict) || v.is(Kind::Set) || v.is(Kind::FrozenSet)) return false;
    TypeObject *t = vm.typeOf(v);
    return t->slots.getitem || !t->lookup("__getitem__").isNull();
}

bool hasPythonInit(TypeObject *cls) { return cls->lookup("__init__").is(Kind::Function); }

// py: BaseExceptionGroup_new
Value groupNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    if (a.size() != 2)
        vm.raise(vm.exc.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" + std::to_string(a.size()) + " given)");
    if (!a[0].is(Kind::Str))
        vm.raise(vm.exc.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not " + vm.typeName(a[0]));
    if (!isSequence(vm, a[1])) vm.raise(vm.exc.TypeError, "second argument (exceptions) must be a sequence");
    // py: PySequence_Tuple returns an exact tuple itself.
    Value excs = a[1].is(Kind::Tuple) && vm.typeOf(a[1]) == vm.types.tuple ? a[1] : vm.tuple(vm.toVector(a[1]));
    auto &items = excs.as<TupleObject>()->items;
    if (items.empty()) vm.raise(vm.exc.ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool nestedBaseExceptions = false;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!items[i].is(Kind::Exception))
            vm.raise(vm.exc.ValueError, "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
        if (!vm.isInstance(items[i], vm.exc.Exception)) nestedBaseExceptions = true;
    }
    if (cls == vm.exc.ExceptionGroup) {
        if (nestedBaseExceptions) vm.raise(vm.exc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (cls == vm.exc.BaseExceptionGroup) {
        if (!nestedBaseExceptions) cls = vm.exc.ExceptionGroup;
    } else if (nestedBaseExceptions && cls->isSubtypeOf(vm.exc.Exception)) {
        vm.raise(vm.exc.TypeError, "Cannot nest BaseExceptions in '" + cls->name + "'");
    }
    // BaseExceptionGroup_init refuses keywords; a Python __init__ replaces it.
    if (!a.kw.empty() && !hasPythonInit(cls)) vm.raise(vm.exc.TypeError, cls->name + "() takes no keyword arguments");
    auto *e = vm.make<ExceptionObject>(cls);
    Value v(e);
    e->args = vm.tuple(std::vector<Value>(a.pos.begin(), a.pos.end()));
    e->groupMessage = a[0];
    e->groupExceptions = excs;
    return v;
}

// py: BaseExceptionGroup_str
std::string groupStr(VM &vm, const Value &self) {
    auto *e = self.as<ExceptionObject>();
    if (e->groupExceptions.isNull()) return "";
    size_t n = e->groupExceptions.as<TupleObject>()->items.size();
    return vm.toStr(e->groupMessage) + " (" + std::to_string(n) + " sub-exception" + (n > 1 ? "s" : "") + ")";
}

// How split()/subgroup() decide what matches (py: get_matcher_type).
struct Matcher {
    enum class By { Type, Predicate, LeafIds } by;
    Value value;                                   // Type, Predicate
    const std::unordered_set<const Object *> *ids = nullptr;  // LeafIds

    bool matches(VM &vm, const Value &exc) const {
        switch (by) {
        case By::Type: return internal::exceptionMatches(vm, exc, value);
        case By::Predicate: return vm.truthy(vm.call(value, {exc}));
        case By::LeafIds: return !isExceptionGroup(vm, exc) && ids->count(exc.obj()) > 0;
        }
        return false;
    }
};

bool isExceptionClass(VM &vm, const Value &v) {
    return v.is(Kind::Type) && v.as<TypeObject>()->isSubtypeOf(vm.exc.BaseException);
}

Matcher matcherFor(VM &vm, const Value &v) {
    if (vm.isCallable(v) && !v.is(Kind::Type)) return Matcher{Matcher::By::Predicate, v};
    if (isExceptionClass(vm, v)) return Matcher{Matcher::By::Type, v};
    if (v.is(Kind::Tuple)) {
        bool all = true;
        for (auto &t : v.as<TupleObject>()->items) all = all && isExceptionClass(vm, t);
        if (all) return Matcher{Matcher::By::Type, v};
    }
    vm.raise(vm.exc.TypeError, "expected a function, exception type or tuple of exception types");
}

// py: exceptiongroup_subset: orig.derive(excs) with orig's traceback,
// __context__, __cause__ and (a copy of) its notes. Null for no excs.
Value subset(VM &vm, const Value &orig, std::vector<Value> excs) {
    if (excs.empty()) return Value();
    Value eg = vm.callMethod(orig, "derive", {vm.list(std::move(excs))});
    if (!vm.isInstance(eg, vm.exc.BaseExceptionGroup))
        vm.raise(vm.exc.TypeError, "derive must return an instance of BaseExceptionGroup");
    auto *o = orig.as<ExceptionObject>();
    auto *d = eg.as<ExceptionObject>();
    d->traceback = o->traceback;
    d->tbFrame = o->tbFrame;
    d->context = o->context;
    d->cause = o->cause;
    d->suppressContext = true;  // PyException_SetCause always sets it
    d->notes = o->notes;
    return eg;
}

struct SplitResult {
    Value match, rest;  // Null when empty
};

// py: exceptiongroup_split_recursive
SplitResult splitRecursive(VM &vm, const Value &exc, const Matcher &m, bool constructRest) {
    SplitResult r;
    if (m.matches(vm, exc)) {
        r.match = exc;
        return r;
    }
    if (!isExceptionGroup(vm, exc)) {
        if (constructRest) r.rest = exc;
        return r;
    }
    std::vector<Value> matchList, restList;
    std::vector<Value> members = exc.as<ExceptionObject>()->groupExceptions.as<TupleObject>()->items;
    for (auto &e : members) {
        SplitResult sub = splitRecursive(vm, e, m, constructRest);
        if (!sub.match.isNull()) matchList.push_back(sub.match);
        if (!sub.rest.isNull()) restList.push_back(sub.rest);
    }
    r.match = subset(vm, exc, std::move(matchList));
    if (constructRest) r.rest = subset(vm, exc, std::move(restList));
    return r;
}

Value orNone(const Value &v) { return v.isNull() ? Value::none() : v; }

void collectLeafIds(VM &vm, const Value &exc, std::unordered_set<const Object *> &ids) {
    if (exc.isNone()) return;
    if (!isExceptionGroup(vm, exc)) {
        ids.insert(exc.obj());
        return;
    }
    for (auto &e : exc.as<ExceptionObject>()->groupExceptions.as<TupleObject>()->items) collectLeafIds(vm, e, ids);
}

// py: exception_group_projection: the part of `eg` whose leaves are in `keep`.
Value projection(VM &vm, const Value &eg, const std::vector<Value> &keep) {
    std::unordered_set<const Object *> ids;
    for (auto &e : keep) collectLeafIds(vm, e, ids);
    Matcher m{Matcher::By::LeafIds, Value(), &ids};
    return orNone(splitRecursive(vm, eg, m, false).match);
}

// py: is_same_exception_metadata (3.11.7: traceback, cause and context;
// notes are not compared). Tracebacks are identical when they hold the same
// entries up to the same newest frame.
bool sameMetadata(const Value &a, const Value &b) {
    if (a.identical(b)) return true;
    auto *x = a.as<ExceptionObject>();
    auto *y = b.as<ExceptionObject>();
    if (x->tbFrame != y->tbFrame || x->traceback.size() != y->traceback.size()) return false;
    for (size_t i = 0; i < x->traceback.size(); ++i) {
        const TracebackEntry &p = x->traceback[i], &q = y->traceback[i];
        if (p.line != q.line || p.filename != q.filename || p.function != q.function) return false;
    }
    return x->cause.identical(y->cause) && x->context.identical(y->context);
}

// py: check_except_star_type_valid
void checkExceptStarType(VM &vm, const Value &type) {
    const char *notException = "catching classes that do not inherit from BaseException is not allowed";
    std::vector<Value> types = type.is(Kind::Tuple) ? type.as<TupleObject>()->items : std::vector<Value>{type};
    for (auto &t : types)
        if (!isExceptionClass(vm, t)) vm.raise(vm.exc.TypeError, notException);
    for (auto &t : types)
        if (t.as<TypeObject>()->isSubtypeOf(vm.exc.BaseExceptionGroup))
            vm.raise(vm.exc.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
}

}  // namespace

bool isExceptionGroup(VM &vm, const Value &v) {
    return v.is(Kind::Exception) && vm.isInstance(v, vm.exc.BaseExceptionGroup) &&
           !v.as<ExceptionObject>()->groupExceptions.isNull();
}

Value makeExceptionGroup(VM &vm, std::string_view message, std::vector<Value> excs) {
    return vm.call(Value(vm.exc.BaseExceptionGroup), {vm.str(message), vm.tuple(std::move(excs))});
}

void installExceptionGroups(VM &vm) {
    for (TypeObject *g : {vm.exc.BaseExceptionGroup, vm.exc.ExceptionGroup}) {
        g->newInstance = groupNew;
        g->slots.str = groupStr;
        g->slots.getattr = [](VM &, const Value &self, std::string_view name) -> Value {
            auto *e = self.as<ExceptionObject>();
            if (name == "message") return e->groupMessage;
            if (name == "exceptions") return e->groupExceptions;
            return Value();
        };
        g->slots.setattr = [](VM &vm, const Value &, std::string_view name, const Value &) -> bool {
            if (name == "message" || name == "exceptions") vm.raise(vm.exc.AttributeError, "readonly attribute");
            return false;
        };
    }
    TypeObject *beg = vm.exc.BaseExceptionGroup;
    seq::defClassGetItem(vm, beg);  // ExceptionGroup[ValueError] in annotations (PEP 585)
    vm.defMethod(beg, "__init__", [](VM &vm, const CallArgs &a) {
        if (!a.kw.empty()) vm.raise(vm.exc.TypeError, vm.typeName(a[0]) + "() takes no keyword arguments");
        a[0].as<ExceptionObject>()->args = vm.tuple(std::vector<Value>(a.pos.begin() + 1, a.pos.end()));
        return Value::none();
    });
    vm.defMethod(beg, "__str__", [](VM &vm, const CallArgs &a) { return vm.str(groupStr(vm, a[0])); });
    vm.defMethod(beg, "derive", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "derive", 2, 2);
        return vm.call(Value(vm.exc.BaseExceptionGroup), {a[0].as<ExceptionObject>()->groupMessage, a[1]});
    });
    vm.defMethod(beg, "split", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "split", 2, 2);
        Matcher m = matcherFor(vm, a[1]);
        SplitResult r = splitRecursive(vm, a[0], m, true);
        return vm.tuple({orNone(r.match), orNone(r.rest)});
    });
    vm.defMethod(beg, "subgroup", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "subgroup", 2, 2);
        Matcher m = matcherFor(vm, a[1]);
        return orNone(splitRecursive(vm, a[0], m, false).match);
    });
}

namespace internal {

// CHECK_EXC_STAR: [rest, type] -> [rest', match] (py: CHECK_EG_MATCH).
void exceptStarMatch(VM &vm, Frame *f) {
    Value type = f->pop();
    checkExceptStarType(vm, type);
    Value exc = f->top();
    if (exc.isNone()) {
        f->push(Value::none());
        return;
    }
    Value match, rest = Value::none();
    if (exceptionMatches(vm, exc, type)) {
        // A naked exception is wrapped; 3.11.7 gives the wrapper no traceback.
        match = isExceptionGroup(vm, exc) ? exc : makeExceptionGroup(vm, "", {exc});
    } else if (isExceptionGroup(vm, exc)) {
        Value pair = vm.callMethod(exc, "split", {type});
        auto &items = pair.as<TupleObject>()->items;
        match = items[0];
        rest = items[1];
    } else {
        match = Value::none();
    }
    if (match.isNone()) {
        f->push(Value::none());
        return;
    }
    f->top() = rest;
    f->push(match);
    // The handler body handles `match` (py: PyErr_SetExcInfo).
    for (auto it = f->blocks.rbegin(); it != f->blocks.rend(); ++it) {
        if (it->type == Block::Type::ExceptHandler) {
            it->exc = match;
            break;
        }
    }
}

// PREP_RERAISE_STAR: [orig, excs] -> [exc or None] (py: _PyExc_PrepReraiseStar).
void prepReraiseStar(VM &vm, Frame *f) {
    Value excsList = f->pop();
    Value orig = f->pop();
    std::vector<Value> excs = excsList.as<ListObject>()->items;
    if (excs.empty()) {
        f->push(Value::none());
        return;
    }
    if (!isExceptionGroup(vm, orig)) {
        // A naked exception was wrapped: at most one handler ran.
        f->push(excs[0]);
        return;
    }
    std::vector<Value> raised, reraised;
    for (auto &e : excs) {
        if (e.isNone()) continue;
        (sameMetadata(e, orig) ? reraised : raised).push_back(e);
    }
    Value reraisedEg = projection(vm, orig, reraised);
    if (raised.empty()) {
        f->push(reraisedEg);
        return;
    }
    if (!reraisedEg.isNone()) raised.push_back(reraisedEg);
    if (raised.size() == 1) {
        f->push(raised[0]);
        return;
    }
    // _PyExc_CreateExceptionGroup("", raised_list): args hold the list.
    f->push(vm.call(Value(vm.exc.BaseExceptionGroup), {vm.str(""), vm.list(std::move(raised))}));
}

}  // namespace internal

}  // namespace ls::interp
