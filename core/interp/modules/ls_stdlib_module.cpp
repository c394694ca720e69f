// `_ls_stdlib`: private helpers for the Python halves of the standard-library
// modules (modules/py/*.py), standing in for what CPython's versions get
// from exec(), sys._getframe() and writable function attributes.
#include "module_util.h"
#include "native_util.h"

#include "../frame.h"

#include <algorithm>

namespace ls::interp {

Value initLsStdlibModule(VM &vm) {
    ModuleBuilder m(vm, "_ls_stdlib");
    // exec_source(source, namespace, filename='<string>'): runs generated
    // code (namedtuple's __new__, dataclasses' __init__) in `namespace`.
    m.fn("exec_source", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "exec_source", 2, 3);
        if (!a[0].is(Kind::Str) || !a[1].is(Kind::Dict)) vm.raise(vm.exc.TypeError, "exec_source(str, dict[, str])");
        std::string filename = a.size() > 2 ? vm.toStr(a[2]) : "<string>";
        vm.execModule(a[0].as<StrObject>()->s, filename, a[1].as<DictObject>());
        return Value::none();
    });
    // caller_module(depth): __name__ of the module whose code is `depth`
    // Python frames above the caller of this function (sys._getframe(depth)
    // .f_globals['__name__']); None when there is no such frame.
    m.fn("caller_module", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "caller_module", 1, 1);
        int64_t depth = vm.index(a[0]);
        Frame *f = vm.currentFrame();
        for (int64_t i = 0; f && i < depth; ++i) f = f->back;
        if (!f || !f->globals) return Value::none();
        Value *name = f->globals->table.findStr("__name__", strHash("__name__"));
        return name ? *name : Value::none();
    });
    // caller_location(depth): (filename, line, module name) of the frame
    // `depth` Python frames above the caller (warnings.warn's stacklevel);
    // ('sys', 1, 'sys') past the outermost frame, as CPython.
    m.fn("caller_location", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "caller_location", 1, 1);
        int64_t depth = vm.index(a[0]);
        Frame *f = vm.currentFrame();
        for (int64_t i = 0; f && i < depth; ++i) f = f->back;
        if (!f) return vm.tuple({vm.str("sys"), Value::integer(1), vm.str("sys")});
        Value module = vm.str("<string>");
        if (f->globals)
            if (Value *name = f->globals->table.findStr("__name__", strHash("__name__"))) module = *name;
        return vm.tuple({vm.str(f->code->filename), Value::integer(f->line()), module});
    });
    // caller_outside(filename, stacklevel): (filename, line, function name)
    // of the first frame whose code is not from `filename`, then
    // stacklevel - 1 frames further out (logging's findCaller).
    m.fn("caller_outside", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "caller_outside", 2, 2);
        std::string skip = vm.toStr(a[0]);
        int64_t level = vm.index(a[1]);
        Frame *f = vm.currentFrame();
        while (f && f->code->filename == skip) f = f->back;
        for (int64_t i = 1; f && i < level; ++i) f = f->back;
        if (!f) return vm.tuple({vm.str("(unknown file)"), Value::integer(0), vm.str("(unknown function)")});
        return vm.tuple({vm.str(f->code->filename), Value::integer(f->line()), vm.str(f->code->name)});
    });
    // format_exception(exc): the traceback text CPython prints for it.
    m.fn("format_exception", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "format_exception", 1, 1);
        return vm.str(vm.formatException(a[0]));
    });
    // stack_frames(): (filename, line, function name) of every running
    // Python frame, outermost first (traceback.extract_stack).
    m.fn("stack_frames", [](VM &vm, const CallArgs &) {
        std::vector<Value> frames;
        for (Frame *f = vm.currentFrame(); f; f = f->back)
            frames.push_back(vm.tuple({vm.str(f->code->filename), Value::integer(f->line()), vm.str(f->code->name)}));
        std::reverse(frames.begin(), frames.end());
        return vm.list(std::move(frames));
    });
    // source_line(filename, lineno): that line of a file the VM compiled,
    // or None (linecache.getline).
    m.fn("source_line", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "source_line", 2, 2);
        const auto *lines = vm.sourceLines(vm.toStr(a[0]));
        int64_t n = vm.index(a[1]);
        if (!lines || n < 1 || n > static_cast<int64_t>(lines->size())) return Value::none();
        return vm.str((*lines)[static_cast<size_t>(n - 1)]);
    });
    // set_defaults(function, tuple_or_None): function.__defaults__ = ...
    m.fn("set_defaults", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "set_defaults", 2, 2);
        if (!a[0].is(Kind::Function)) vm.raise(vm.exc.TypeError, "set_defaults() needs a function");
        if (!a[1].isNone() && !a[1].is(Kind::Tuple)) vm.raise(vm.exc.TypeError, "__defaults__ must be set to a tuple object");
        a[0].as<FunctionObject>()->defaults = a[1].isNone() ? Value() : a[1];
        return Value::none();
    });
    // code_shape(function): (posonlyargcount, argcount, kwonlyargcount,
    // varnames, flags) of its code, for inspect.signature.
    m.fn("code_shape", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "code_shape", 1, 1);
        if (!a[0].is(Kind::Function)) vm.raise(vm.exc.TypeError, "code_shape() needs a function");
        CodeObject *c = a[0].as<FunctionObject>()->code.get();
        std::vector<Value> names;
        for (auto &n : c->varnames) names.push_back(vm.str(n));
        return vm.tuple({Value::integer(c->posonlyargcount), Value::integer(c->argcount), Value::integer(c->kwonlyargcount),
                         vm.tuple(std::move(names)), Value::integer(c->flags & 0xFFFF)});
    });
    // enable_method_constructor(): types.MethodType(func, obj) makes a
    // bound method (the VM's method type has no constructor of its own).
    m.fn("enable_method_constructor", [](VM &vm, const CallArgs &) {
        if (!vm.types.method->newInstance)
            vm.types.method->newInstance = [](VM &vm, TypeObject *, const CallArgs &a) {
                modutil::positionalOnly(vm, a, "method", 2, 2);
                if (!vm.isCallable(a[0])) vm.raise(vm.exc.TypeError, "first argument must be callable");
                if (a[1].isNone()) vm.raise(vm.exc.TypeError, "instance must not be None");
                return Value(vm.make<BoundMethodObject>(vm.types.method, a[0], a[1]));
            };
        return Value::none();
    });
    // set_metaclass(cls, meta): makes `meta` (a subclass of type) the type
    // of class `cls`, so operations on the class (iteration, len, [], in,
    // repr) use meta's methods. Stands in for `metaclass=` (enum).
    m.fn("set_metaclass", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "set_metaclass", 2, 2);
        if (!a[0].is(Kind::Type) || !a[1].is(Kind::Type) || !a[1].as<TypeObject>()->isSubtypeOf(vm.types.type))
            vm.raise(vm.exc.TypeError, "set_metaclass(cls, meta): meta must be a subclass of type");
        a[0].obj()->type = a[1].as<TypeObject>();
        return Value::none();
    });
    // readonly_attribute(*args): the setter/deleter of namedtuple fields
    // (CPython's _tuplegetter refuses assignment with this message).
    m.fn("readonly_attribute", [](VM &vm, const CallArgs &) -> Value {
        vm.raise(vm.exc.AttributeError, "can't set attribute");
    });
    return m.module;
}

}  // namespace ls::interp
