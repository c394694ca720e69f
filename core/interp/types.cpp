// Creates the builtin type objects (empty: installers fill slots/methods).
#include "vm.h"

namespace ls::interp {

namespace {

TypeObject *makeType(VM &vm, TypeObject *meta, std::string_view name, TypeObject *base, Kind instanceKind) {
    TypeObject *t = vm.make<TypeObject>(meta, std::string(name));
    t->incref();  // builtin types live as long as the VM (released by ~VM)
    t->immortal = true;
    t->module = "builtins";
    t->isBuiltin = true;
    t->instanceKind = instanceKind;
    t->base = base;
    t->mro.push_back(t);
    if (base) {
        for (auto *b : base->mro) t->mro.push_back(b);
        t->slots = base->slots;
        t->newInstance = base->newInstance;
    }
    t->dict = vm.make<DictObject>(vm.types.dict);
    return t;
}

}  // namespace

void initBuiltinTypes(VM &vm) {
    BuiltinTypes &T = vm.types;
    T.type = makeType(vm, nullptr, "type", nullptr, Kind::Type);
    T.type->type = T.type;
    T.object = makeType(vm, T.type, "object", nullptr, Kind::Instance);
    T.type->base = T.object;
    T.type->mro.push_back(T.object);
    T.dict = makeType(vm, T.type, "dict", T.object, Kind::Dict);
    // Dicts made before `dict` existed get their type now.
    T.type->dict->type = T.dict;
    T.object->dict->type = T.dict;
    T.dict->dict->type = T.dict;

    auto mk = [&](std::string_view n, TypeObject *base, Kind k) { return makeType(vm, T.type, n, base, k); };
    T.NoneType = mk("NoneType", T.object, Kind::Native);
    T.NotImplementedType = mk("NotImplementedType", T.object, Kind::Native);
    T.ellipsis = mk("ellipsis", T.object, Kind::Native);
    T.int_ = mk("int", T.object, Kind::Native);
    T.bool_ = mk("bool", T.int_, Kind::Native);
    T.float_ = mk("float", T.object, Kind::Native);
    T.str = mk("str", T.object, Kind::Str);
    T.tuple = mk("tuple", T.object, Kind::Tuple);
    T.list = mk("list", T.object, Kind::List);
    T.set = mk("set", T.object, Kind::Set);
    T.frozenset = mk("frozenset", T.object, Kind::FrozenSet);
    T.range = mk("range", T.object, Kind::Range);
    T.slice = mk("slice", T.object, Kind::Slice);
    T.function = mk("function", T.object, Kind::Function);
    T.builtin_function = mk("builtin_function_or_method", T.object, Kind::BuiltinFunction);
    T.method = mk("method", T.object, Kind::BoundMethod);
    T.method_descriptor = mk("method_descriptor", T.object, Kind::BuiltinFunction);
    T.wrapper_descriptor = mk("wrapper_descriptor", T.object, Kind::BuiltinFunction);
    T.method_wrapper = mk("method-wrapper", T.object, Kind::BoundMethod);
    T.code = mk("code", T.object, Kind::Code);
    T.cell = mk("cell", T.object, Kind::Cell);
    T.generator = mk("generator", T.object, Kind::Generator);
    T.coroutine = mk("coroutine", T.object, Kind::Generator);
    T.async_generator = mk("async_generator", T.object, Kind::Generator);
    T.module = mk("module", T.object, Kind::Module);
    T.property = mk("property", T.object, Kind::Property);
    T.staticmethod = mk("staticmethod", T.object, Kind::StaticMethod);
    T.classmethod = mk("classmethod", T.object, Kind::ClassMethod);
    T.super_ = mk("super", T.object, Kind::Super);
    T.iterator = mk("iterator", T.object, Kind::Native);
    T.bytes = mk("bytes", T.object, Kind::Native);

    ExceptionTypes &E = vm.exc;
    E.BaseException = mk("BaseException", T.object, Kind::Exception);
#define LS_EXC_MAKE(field, name, base) \
    if (std::string_view(name) != "BaseException") E.field = mk(name, E.base, Kind::Exception);
    LS_EXCEPTION_TYPES(LS_EXC_MAKE)
#undef LS_EXC_MAKE
    // class ExceptionGroup(BaseExceptionGroup, Exception): the C3 order
    // ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object
    // (py: Objects/exceptions.c create_exception_group_class).
    auto &egMro = E.ExceptionGroup->mro;
    egMro.insert(egMro.begin() + 2, E.Exception);
}

}  // namespace ls::interp
