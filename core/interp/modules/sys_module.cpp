// The `sys` module: standard streams wired to the VM's host, exit,
// recursion limit, version information.
#include "sys_module.h"

#include "../args.h"

namespace ls::interp {

namespace {

// sys.stdout / sys.stderr: text streams writing to the host.
struct StreamObject : NativeObject {
    LS_CLONEABLE(StreamObject)
    int stream;
    StreamObject(TypeObject *t, int s) : NativeObject(t), stream(s) {}
};

TypeObject *streamType(VM &vm) {
    TypeObject *t = vm.newBuiltinType("TextIOWrapper", vm.types.object, "_io");
    vm.defMethod(t, "write", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "write", 2, 2);
        if (!a[1].is(Kind::Str))
            vm.raise(vm.exc.TypeError, "write() argument must be str, not " + vm.typeName(a[1]));
        auto *s = static_cast<StreamObject *>(a[0].obj());
        const std::string &text = a[1].as<StrObject>()->s;
        vm.host().write(s->stream, text);
        return Value::integer(a[1].as<StrObject>()->length());
    });
    vm.defMethod(t, "flush", [](VM &, const CallArgs &) { return Value::none(); });
    vm.defMethod(t, "isatty", [](VM &, const CallArgs &) { return Value::boolean(false); });
    t->slots.repr = [](VM &, const Value &v) {
        return static_cast<StreamObject *>(v.obj())->stream == 1 ? std::string("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>")
                                                                 : std::string("<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");
    };
    return t;
}

}  // namespace

Value initSysModule(VM &vm) {
    auto *m = vm.make<ModuleObject>(vm.types.module, "sys");
    Value mv(m);
    m->dict = vm.make<DictObject>(vm.types.dict);
    DictObject *d = m->dict.get();
    auto set = [&](std::string_view k, Value v) { d->table.set(vm, vm.str(k), std::move(v)); };
    TypeObject *st = streamType(vm);
    set("stdout", Value(vm.make<StreamObject>(st, 1)));
    set("stderr", Value(vm.make<StreamObject>(st, 2)));
    set("__stdout__", *d->table.findStr("stdout", strHash("stdout")));
    set("__stderr__", *d->table.findStr("stderr", strHash("stderr")));
    set("stdin", Value::none());
    set("argv", vm.list({vm.str(vm.scriptPath())}));
    set("platform", vm.str("linux"));
    set("version", vm.str("3.11.7 (LoopScope simulation)"));
    set("version_info", vm.tuple({Value::integer(3), Value::integer(11), Value::integer(7), vm.str("final"), Value::integer(0)}));
    set("maxsize", Value::integer(INT64_MAX));
    set("byteorder", vm.str("little"));
    set("executable", vm.str(""));
    set("path", vm.list());
    set("modules", vm.dict());
    vm.defFunction(d, "exit", [](VM &vm, const CallArgs &a) -> Value {
        vm.checkArgs(a, "exit", 0, 1);
        Value e = vm.newException(vm.exc.SystemExit, a.size() ? std::vector<Value>{a[0]} : std::vector<Value>{});
        e.as<ExceptionObject>()->value = a.size() ? a[0] : Value::none();
        throw PyException{e};
    });
    vm.defFunction(d, "getrecursionlimit", [](VM &vm, const CallArgs &) { return Value::integer(vm.options().recursionLimit); });
    vm.defFunction(d, "setrecursionlimit", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "setrecursionlimit", 1, 1);
        int64_t n = vm.index(a[0]);
        if (n < 1) vm.raise(vm.exc.ValueError, "recursion limit must be greater or equal than 1");
        vm.setRecursionLimit(static_cast<int>(std::min<int64_t>(n, 100000)));
        return Value::none();
    });
    vm.defFunction(d, "exc_info", [](VM &vm, const CallArgs &) {
        Value e = vm.currentHandledException();
        if (e.isNull()) return vm.tuple({Value::none(), Value::none(), Value::none()});
        return vm.tuple({Value(vm.typeOf(e)), e, Value::none()});
    });
    vm.defFunction(d, "exception", [](VM &vm, const CallArgs &) {
        Value e = vm.currentHandledException();
        return e.isNull() ? Value::none() : e;
    });
    vm.defFunction(d, "getsizeof", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "getsizeof", 1, 2);
        return Value::integer(64);
    });
    return mv;
}

}  // namespace ls::interp
