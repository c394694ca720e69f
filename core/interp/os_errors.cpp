// OSError and its subclasses (py: Objects/exceptions.c OSError_new,
// OSError_init, oserror_parse_args, oserror_init, OSError_str, 3.11).
// OSError(errno, strerror[, filename[, winerror[, filename2]]]) keeps
// (errno, strerror) as args when a filename is given, picks the subclass
// for the errno (OSError(2, ...) is a FileNotFoundError), and prints as
// "[Errno 2] strerror: 'filename'".
#include "vm_internal.h"

namespace ls::interp {

void installOSErrors(VM &vm);

namespace {

// py: _PyExc_InitState ADD_ERRNO, with Linux's errno values.
TypeObject *subclassForErrno(VM &vm, int64_t errnum) {
    switch (errnum) {
    case 11: case 114: case 115: return vm.exc.BlockingIOError;  // EAGAIN/EWOULDBLOCK EALREADY EINPROGRESS
    case 32: case 108: return vm.exc.BrokenPipeError;              // EPIPE ESHUTDOWN
    case 10: return vm.exc.ChildProcessError;                      // ECHILD
    case 103: return vm.exc.ConnectionAbortedError;                // ECONNABORTED
    case 111: return vm.exc.ConnectionRefusedError;                // ECONNREFUSED
    case 104: return vm.exc.ConnectionResetError;                  // ECONNRESET
    case 17: return vm.exc.FileExistsError;                        // EEXIST
    case 2: return vm.exc.FileNotFoundError;                       // ENOENT
    case 21: return vm.exc.IsADirectoryError;                      // EISDIR
    case 20: return vm.exc.NotADirectoryError;                     // ENOTDIR
    case 4: return vm.exc.InterruptedError;                        // EINTR
    case 1: case 13: return vm.exc.PermissionError;                // EPERM EACCES
    case 3: return vm.exc.ProcessLookupError;                      // ESRCH
    case 110: return vm.exc.TimeoutError;                          // ETIMEDOUT
    default: return nullptr;
    }
}

// py: oserror_use_init: a subclass with its own __init__ (and the inherited
// __new__) parses its arguments in OSError.__init__, not in __new__.
bool useInit(TypeObject *cls) {
    return cls->lookup("__init__").is(Kind::Function) && !cls->lookup("__new__").is(Kind::Function);
}

// py: oserror_parse_args + oserror_init
void parseAndInit(VM &vm, ExceptionObject *e, std::span<const Value> args) {
    e->args = vm.tuple(std::vector<Value>(args.begin(), args.end()));
    size_t n = args.size();
    if (n < 2 || n > 5) return;
    Value filename = n > 2 ? args[2] : Value();
    Value filename2 = n > 4 ? args[4] : Value();
    if (!filename.isNull() && !filename.isNone()) {
        if (e->type == vm.exc.BlockingIOError && (filename.isInt() || filename.isBool() || filename.isFloat())) {
            // BlockingIOError's third argument is characters_written.
            e->written = vm.index(filename);
        } else {
            e->osFilename = filename;
            if (!filename2.isNull() && !filename2.isNone()) e->osFilename2 = filename2;
            e->args = vm.tuple({args[0], args[1]});
        }
    }
    e->osErrno = args[0];
    e->osStrerror = args[1];
}

Value osErrorNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    bool deferred = useInit(cls);
    if (!deferred) {
        if (!a.kw.empty()) vm.raise(vm.exc.TypeError, cls->name + "() takes no keyword arguments");
        if (cls == vm.exc.OSError && a.size() >= 2 && a.size() <= 5 && (a[0].isInt() || a[0].isBool())) {
            if (TypeObject *sub = subclassForErrno(vm, a[0].isBool() ? (a[0].asBool() ? 1 : 0) : a[0].asInt())) cls = sub;
        }
    }
    auto *e = vm.make<ExceptionObject>(cls);
    Value v(e);
    if (deferred) e->args = vm.tuple({});
    else parseAndInit(vm, e, a.pos);
    return v;
}

Value orNone(const Value &v) { return v.isNull() ? Value::none() : v; }

// py: OSError_str
std::string osErrorStr(VM &vm, const Value &self) {
    auto *e = self.as<ExceptionObject>();
    if (!e->osFilename.isNull()) {
        std::string head = "[Errno " + vm.toStr(orNone(e->osErrno)) + "] " + vm.toStr(orNone(e->osStrerror)) + ": " +
                           vm.repr(e->osFilename);
        if (!e->osFilename2.isNull()) head += " -> " + vm.repr(e->osFilename2);
        return head;
    }
    if (!e->osErrno.isNull() && !e->osStrerror.isNull())
        return "[Errno " + vm.toStr(e->osErrno) + "] " + vm.toStr(e->osStrerror);
    // py: BaseException_str
    auto &items = e->args.as<TupleObject>()->items;
    if (items.empty()) return "";
    if (items.size() == 1) return vm.toStr(items[0]);
    return vm.repr(e->args);
}

Value *osField(ExceptionObject *e, std::string_view name) {
    if (name == "errno") return &e->osErrno;
    if (name == "strerror") return &e->osStrerror;
    if (name == "filename") return &e->osFilename;
    if (name == "filename2") return &e->osFilename2;
    return nullptr;
}

}  // namespace

void installOSErrors(VM &vm) {
    std::vector<TypeObject *> family;
#define LS_OS_FAMILY(field, name, base) \
    if (vm.exc.field->isSubtypeOf(vm.exc.OSError)) family.push_back(vm.exc.field);
    LS_EXCEPTION_TYPES(LS_OS_FAMILY)
#undef LS_OS_FAMILY
    for (TypeObject *t : family) {
        t->newInstance = osErrorNew;
        t->slots.str = osErrorStr;
        t->slots.getattr = [](VM &vm, const Value &self, std::string_view name) -> Value {
            auto *e = self.as<ExceptionObject>();
            if (Value *field = osField(e, name)) return orNone(*field);
            if (name == "characters_written" && vm.isInstance(self, vm.exc.BlockingIOError)) {
                if (e->written < 0) vm.raise(vm.exc.AttributeError, "characters_written");
                return Value::integer(e->written);
            }
            return Value();
        };
        t->slots.setattr = [](VM &vm, const Value &self, std::string_view name, const Value &v) -> bool {
            auto *e = self.as<ExceptionObject>();
            if (Value *field = osField(e, name)) {
                *field = v;
                return true;
            }
            if (name == "characters_written" && vm.isInstance(self, vm.exc.BlockingIOError)) {
                e->written = vm.index(v);
                return true;
            }
            return false;
        };
    }
    vm.defMethod(vm.exc.OSError, "__init__", [](VM &vm, const CallArgs &a) {
        auto *e = a[0].as<ExceptionObject>();
        if (!useInit(e->type)) return Value::none();  // OSError.__new__ did it all
        if (!a.kw.empty()) vm.raise(vm.exc.TypeError, e->type->name + "() takes no keyword arguments");
        parseAndInit(vm, e, a.pos.subspan(1));
        return Value::none();
    });
    vm.defMethod(vm.exc.OSError, "__str__", [](VM &vm, const CallArgs &a) { return vm.str(osErrorStr(vm, a[0])); });
}

}  // namespace ls::interp
