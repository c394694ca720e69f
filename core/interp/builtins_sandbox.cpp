// The builtins CPython has that would reach outside the virtual world (run
// contract, rule 10: the script cannot touch files, network or processes)
// or that LoopScope does not run: each raises NotImplementedError naming
// what is not simulated, rather than a puzzling NameError.
//
// Sandboxing is by construction, not by these functions: the VM has no code
// that opens a file, a socket or a process (tests/tst_sandbox.cpp checks
// the engine's object files for such calls). These only make the message
// clear.
#include "vm.h"

#include <string>

namespace ls::interp::seq {

namespace {

[[noreturn]] void notSimulated(VM &vm, const char *what, const char *why) {
    vm.raise(vm.exc.NotImplementedError, std::string(what) + " is not simulated by LoopScope (" + why + ")");
}

Value builtinOpen(VM &vm, const CallArgs &) { notSimulated(vm, "open()", "the virtual world has no files"); }
Value builtinInput(VM &vm, const CallArgs &) { notSimulated(vm, "input()", "the virtual world has no keyboard: scripts get no input"); }
Value builtinEval(VM &vm, const CallArgs &) { notSimulated(vm, "eval()", "scripts cannot run code given as a string"); }
Value builtinExec(VM &vm, const CallArgs &) { notSimulated(vm, "exec()", "scripts cannot run code given as a string"); }
Value builtinCompile(VM &vm, const CallArgs &) { notSimulated(vm, "compile()", "scripts cannot run code given as a string"); }
Value builtinBreakpoint(VM &vm, const CallArgs &) { notSimulated(vm, "breakpoint()", "there is no debugger: step through the run instead"); }
Value builtinHelp(VM &vm, const CallArgs &) { notSimulated(vm, "help()", "there is no interactive help"); }

// __import__(name, globals=None, locals=None, fromlist=(), level=0): the
// import statement's table (builtin modules only), so __import__("os")
// fails as `import os` does.
Value builtinImport(VM &vm, const CallArgs &a) {
    if (a.size() < 1 || a.size() > 5 || !a[0].is(Kind::Str))
        vm.raise(vm.exc.TypeError, "__import__() argument 1 must be str");
    if (a.size() == 5 && !(a[4].isInt() && a[4].asInt() == 0))
        notSimulated(vm, "__import__() with a relative level", "scripts are single files");
    std::string name = vm.toStr(a[0]);
    Value m = vm.importModule(name);
    bool fromlist = a.size() >= 4 && vm.truthy(a[3]);
    size_t dot = name.find('.');
    return fromlist || dot == std::string::npos ? m : vm.importModule(name.substr(0, dot));
}

}  // namespace

void installSandboxFunctions(VM &vm) {
    DictObject *b = vm.builtins();
    vm.defFunction(b, "open", builtinOpen);
    vm.defFunction(b, "input", builtinInput);
    vm.defFunction(b, "eval", builtinEval);
    vm.defFunction(b, "exec", builtinExec);
    vm.defFunction(b, "compile", builtinCompile);
    vm.defFunction(b, "breakpoint", builtinBreakpoint);
    vm.defFunction(b, "help", builtinHelp);
    vm.defFunction(b, "__import__", builtinImport);
}

}  // namespace ls::interp::seq
