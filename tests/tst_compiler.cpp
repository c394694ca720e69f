// The compiler against CPython 3.11: code object structure (co_varnames,
// co_cellvars, co_freevars, argument counts, flags, names, first lines) and
// compile-stage SyntaxErrors (message and position), from the tables that
// tools/gen_compiler_cases.py wrote into tests/data/compiler_cases.txt.
// Also: structural invariants of the bytecode (jump targets, lines, stack
// depth, CHECK_BUDGET on back-edges, GEN_START) over small programs and the
// whole corpus, and the disassembler.
#include "interp/compiler.h"
#include "interp/disassembler.h"
#include "interp/parser.h"
#include "interp/vm.h"
#include "test_host.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace ls::interp;

namespace {

struct CodeExpect {
    std::string path, varnames, cellvars, freevars, args, flags, name, qualname, firstline;
};
struct Case {
    std::string kind, id, source;
    std::vector<CodeExpect> codes;
    int line = 0, offset = 0, endLine = 0, endOffset = 0;
    std::string message;
};

std::vector<Case> loadCases() {
    std::ifstream in(std::string(LOOPSCOPE_SOURCE_DIR) + "/tests/data/compiler_cases.txt");
    std::vector<Case> cases;
    std::string line;
    auto rest = [](const std::string &l, size_t n) { return l.size() > n ? l.substr(n + 1) : std::string(); };
    while (std::getline(in, line)) {
        if (line.rfind("case ", 0) == 0) {
            Case c;
            std::istringstream ss(line.substr(5));
            ss >> c.kind >> c.id;
            cases.push_back(c);
        } else if (line.rfind("source ", 0) == 0) {
            int n = std::stoi(line.substr(7));
            for (int i = 0; i < n && std::getline(in, line); ++i) cases.back().source += line + "\n";
        } else if (line.rfind("code ", 0) == 0) {
            cases.back().codes.push_back(CodeExpect{rest(line, 4), {}, {}, {}, {}, {}, {}, {}, {}});
        } else if (line.rfind("varnames", 0) == 0) {
            cases.back().codes.back().varnames = rest(line, 8);
        } else if (line.rfind("cellvars", 0) == 0) {
            cases.back().codes.back().cellvars = rest(line, 8);
        } else if (line.rfind("freevars", 0) == 0) {
            cases.back().codes.back().freevars = rest(line, 8);
        } else if (line.rfind("args", 0) == 0) {
            cases.back().codes.back().args = rest(line, 4);
        } else if (line.rfind("flags", 0) == 0) {
            cases.back().codes.back().flags = rest(line, 5);
        } else if (line.rfind("name", 0) == 0) {
            cases.back().codes.back().name = rest(line, 4);
        } else if (line.rfind("qualname", 0) == 0) {
            cases.back().codes.back().qualname = rest(line, 8);
        } else if (line.rfind("firstline", 0) == 0) {
            cases.back().codes.back().firstline = rest(line, 9);
        } else if (line.rfind("error ", 0) == 0) {
            std::istringstream ss(line.substr(6));
            std::string endOff;
            Case &c = cases.back();
            ss >> c.line >> c.offset >> c.endLine >> endOff;
            c.endOffset = endOff == "None" ? 0 : std::stoi(endOff);
            std::getline(ss >> std::ws, c.message);
        }
    }
    return cases;
}

std::string joinNames(const std::vector<std::string> &v) {
    if (v.empty()) return "-";
    std::string s;
    for (auto &n : v) s += (s.empty() ? "" : " ") + n;
    return s;
}

// The code object at `path` (co_names separated by '/'), or null.
CodeObject *findCode(CodeObject *module, const std::string &path) {
    if (path == "<module>") return module;
    CodeObject *co = module;
    std::istringstream ss(path);
    std::string part;
    while (std::getline(ss, part, '/')) {
        CodeObject *next = nullptr;
        for (auto &c : co->consts)
            if (c.is(Kind::Code) && c.as<CodeObject>()->name == part) next = c.as<CodeObject>();
        if (!next) return nullptr;
        co = next;
    }
    return co;
}

Ref<CodeObject> compileSource(VM &vm, const std::string &source, CompileOptions opts = {}) {
    auto mod = ls::parseModule(source, "case.py");
    return compileModule(vm, *mod, opts);
}

// Invariants every compiled code object must hold (recursively).
void checkInvariants(const CodeObject &co) {
    QCOMPARE(co.lines.size(), co.code.size());
    QVERIFY2(!co.code.empty(), co.qualname.c_str());
    QVERIFY(co.stacksize >= 0);
    for (size_t i = 0; i < co.code.size(); ++i) {
        const Instr &in = co.code[i];
        QVERIFY(co.lines[i] >= 1);
        if (opIsJump(in.op)) QVERIFY2(in.arg < co.code.size(), co.qualname.c_str());
        // Every backward jump is a loop back-edge preceded by CHECK_BUDGET.
        if (in.op == Op::JUMP && in.arg <= i) QVERIFY2(i > 0 && co.code[i - 1].op == Op::CHECK_BUDGET, co.qualname.c_str());
        if (in.op == Op::LOAD_CONST) QVERIFY(in.arg < co.consts.size());
        if (in.op == Op::LOAD_FAST || in.op == Op::STORE_FAST) QVERIFY(in.arg < co.varnames.size());
        if (in.op == Op::LOAD_DEREF || in.op == Op::LOAD_CLOSURE || in.op == Op::STORE_DEREF)
            QVERIFY(in.arg < co.cellvars.size() + co.freevars.size());
    }
    bool genLike = co.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR);
    QCOMPARE(co.code[0].op == Op::GEN_START, genLike);
    for (auto &c : co.consts)
        if (c.is(Kind::Code)) checkInvariants(*c.as<CodeObject>());
}

}  // namespace

class TestCompiler : public QObject {
    Q_OBJECT
private slots:
    void codeObjects_data() {
        QTest::addColumn<int>("index");
        auto cases = loadCases();
        int n = 0;
        for (size_t i = 0; i < cases.size(); ++i)
            if (cases[i].kind == "code") {
                QTest::newRow(cases[i].id.c_str()) << int(i);
                n += int(cases[i].codes.size());
            }
        QVERIFY(n >= 40);
    }
    void codeObjects() {
        QFETCH(int, index);
        Case c = loadCases()[static_cast<size_t>(index)];
        ls::test::CaptureHost host;
        VM vm(host);
        Ref<CodeObject> module = compileSource(vm, c.source);
        checkInvariants(*module);
        for (auto &e : c.codes) {
            CodeObject *co = findCode(module.get(), e.path);
            QVERIFY2(co, e.path.c_str());
            std::string where = c.id + " " + e.path;
            QCOMPARE(joinNames(co->varnames), e.varnames);
            QCOMPARE(joinNames(co->cellvars), e.cellvars);
            QCOMPARE(joinNames(co->freevars), e.freevars);
            QCOMPARE(std::to_string(co->argcount) + " " + std::to_string(co->posonlyargcount) + " " +
                         std::to_string(co->kwonlyargcount),
                     e.args);
            uint32_t mask = CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;
            char hex[16];
            std::snprintf(hex, sizeof hex, "0x%x", co->flags & mask);
            QVERIFY2(std::string(hex) == e.flags, (where + " flags " + hex + " != " + e.flags).c_str());
            QCOMPARE(co->name, e.name);
            QCOMPARE(co->qualname, e.qualname);
            QCOMPARE(std::to_string(co->firstline), e.firstline);
            // A parameter kept in a cell is copied there at frame start.
            for (size_t i = 0; i < co->cell2arg.size(); ++i)
                if (co->cell2arg[i] >= 0) QCOMPARE(co->varnames[static_cast<size_t>(co->cell2arg[i])], co->cellvars[i]);
        }
    }

    void syntaxErrors_data() {
        QTest::addColumn<int>("index");
        auto cases = loadCases();
        int n = 0;
        for (size_t i = 0; i < cases.size(); ++i)
            if (cases[i].kind == "error") {
                QTest::newRow(cases[i].id.c_str()) << int(i);
                ++n;
            }
        QVERIFY(n >= 30);
    }
    void syntaxErrors() {
        QFETCH(int, index);
        Case c = loadCases()[static_cast<size_t>(index)];
        ls::test::CaptureHost host;
        VM vm(host);
        try {
            compileSource(vm, c.source, CompileOptions{false});
            QFAIL("no SyntaxError");
        } catch (ls::SyntaxErrorException &e) {
            QCOMPARE(e.info.msg, c.message);
            QCOMPARE(e.info.type, std::string("SyntaxError"));
            QCOMPARE(e.info.line, c.line);
            QCOMPARE(e.info.offset, c.offset);
            QCOMPARE(e.info.endLine, c.endLine);
            QCOMPARE(e.info.endOffset, c.endOffset);
        }
    }

    void topLevelAwaitNeedsTheOption() {
        ls::test::CaptureHost host;
        VM vm(host);
        Ref<CodeObject> co = compileSource(vm, "import asyncio\nawait asyncio.sleep(0)\n");
        QVERIFY(usesTopLevelAwait(*co));
        QCOMPARE(co->code[0].op, Op::GEN_START);
        QVERIFY(!usesTopLevelAwait(*compileSource(vm, "async def f():\n    await g()\n")));
        try {
            compileSource(vm, "await x\n", CompileOptions{false});
            QFAIL("no SyntaxError");
        } catch (ls::SyntaxErrorException &e) {
            QCOMPARE(e.info.msg, std::string("'await' outside function"));
        }
    }

    void bigIntegerLiteral() {
        ls::test::CaptureHost host;
        VM vm(host);
        // Beyond int64 a literal is a big-int constant, printed exactly.
        Ref<CodeObject> big = compileSource(vm, "x = 1\ny = 123456789012345678901234567890\n");
        bool bigFound = false;
        for (auto &v : big->consts)
            if (v.is(ls::interp::Kind::BigInt)) {
                QCOMPARE(vm.repr(v), std::string("123456789012345678901234567890"));
                bigFound = true;
            }
        QVERIFY(bigFound);
        // -2**63 is a literal that fits once negated.
        Ref<CodeObject> co = compileSource(vm, "x = -9223372036854775808\n");
        bool found = false;
        for (auto &v : co->consts) if (v.isInt() && v.asInt() == INT64_MIN) found = true;
        QVERIFY(found);
    }

    void linesFollowTheSource() {
        ls::test::CaptureHost host;
        VM vm(host);
        // A multi-line call: the CALL has the line of the call's start; a
        // method call the line of the method name (as CPython 3.11).
        Ref<CodeObject> co = compileSource(vm, "x = f(1,\n      g(2))\ny = (obj\n     .m(3))\n");
        int callLine = 0, methodCallLine = 0, gLine = 0;
        for (size_t i = 0; i < co->code.size(); ++i) {
            if (co->code[i].op == Op::CALL_FUNCTION && co->code[i].arg == 2) callLine = co->lines[i];
            if (co->code[i].op == Op::CALL_FUNCTION && co->code[i].arg == 1) gLine = co->lines[i];
            if (co->code[i].op == Op::CALL) methodCallLine = co->lines[i];
        }
        QCOMPARE(callLine, 1);
        QCOMPARE(gLine, 2);
        QCOMPARE(methodCallLine, 4);
    }

    void finallyIsInlinedOnEveryExit() {
        ls::test::CaptureHost host;
        VM vm(host);
        Ref<CodeObject> mod = compileSource(vm,
            "def f(xs):\n"
            "    for x in xs:\n"
            "        try:\n"
            "            if x: break\n"
            "            if x > 1: continue\n"
            "            return x\n"
            "        finally:\n"
            "            marker()\n");
        CodeObject *f = findCode(mod.get(), "f");
        QVERIFY(f);
        int markers = 0;
        for (auto &in : f->code)
            if (in.op == Op::LOAD_GLOBAL && f->names[in.arg]->s == "marker") ++markers;
        // break, continue, return, normal exit and the exception path.
        QCOMPARE(markers, 5);
        checkInvariants(*mod);
    }

    void classBodyReturnsTheClassCell() {
        ls::test::CaptureHost host;
        VM vm(host);
        Ref<CodeObject> mod = compileSource(vm, "class C:\n    def m(self):\n        return super().m()\n"
                                                "class D:\n    pass\n");
        CodeObject *c = findCode(mod.get(), "C");
        CodeObject *d = findCode(mod.get(), "D");
        QVERIFY(c && d);
        QVERIFY(c->flags & CO_NAMESPACE);
        auto n = c->code.size();
        QCOMPARE(c->code[n - 2].op, Op::LOAD_CLOSURE);
        QCOMPARE(c->code[n - 1].op, Op::RETURN_VALUE);
        QCOMPARE(d->code[d->code.size() - 2].op, Op::LOAD_CONST);
        QVERIFY(d->consts[d->code[d->code.size() - 2].arg].isNone());
        // __module__ and __qualname__ come first.
        QCOMPARE(c->code[0].op, Op::LOAD_NAME);
        QCOMPARE(c->names[c->code[0].arg]->s, std::string("__name__"));
        QCOMPARE(c->names[c->code[1].arg]->s, std::string("__module__"));
    }

    void stackDepthIsExact() {
        ls::test::CaptureHost host;
        VM vm(host);
        QCOMPARE(compileSource(vm, "x = 1\n")->stacksize, 1);
        QCOMPARE(compileSource(vm, "f(a, b, c)\n")->stacksize, 4);
        QCOMPARE(compileSource(vm, "a.m(b, c)\n")->stacksize, 4);
        // with: exit_bound + enter result; the handler holds exit_bound exc result.
        QCOMPARE(compileSource(vm, "with m:\n    pass\n")->stacksize, 3);
        // for: the iterator and the next item; try: the exception.
        QCOMPARE(compileSource(vm, "for x in y:\n    pass\n")->stacksize, 2);
    }

    void disassemblerShowsNamesAndTargets() {
        ls::test::CaptureHost host;
        VM vm(host);
        Ref<CodeObject> mod = compileSource(vm, "def f(a):\n    while a:\n        a -= 1\n    return [a for _ in 'xy']\n");
        std::string text = disassemble(*mod);
        QVERIFY(text.find("MAKE_FUNCTION") != std::string::npos);
        QVERIFY(text.find("STORE_NAME                  0 (f)") != std::string::npos);
        QVERIFY(text.find("Disassembly of <code object f, file \"case.py\", line 1>:") != std::string::npos);
        QVERIFY(text.find("Disassembly of <code object f.<locals>.<listcomp>") != std::string::npos);
        QVERIFY(text.find("BINARY_OP                  14 (-=)") != std::string::npos);
        QVERIFY(text.find("LOAD_CONST") != std::string::npos && text.find("('xy')") != std::string::npos);
        QVERIFY(text.find("(to ") != std::string::npos);
        QVERIFY(text.find("   >> ") != std::string::npos);
        QCOMPARE(opName(Op::YIELD_FROM), "YIELD_FROM");
    }

    // Every corpus program that parses compiles to code with sound
    // invariants (no internal compiler error, consistent stack depths).
    void corpusCompiles() {
        namespace fs = std::filesystem;
        int compiled = 0;
        std::vector<fs::path> files;
        for (const char *root : {"/tests/corpus", "/core/asyncio/py"})
            for (auto &dir : fs::recursive_directory_iterator(std::string(LOOPSCOPE_SOURCE_DIR) + root))
                if (dir.path().extension() == ".py") files.push_back(dir.path());
        for (auto &path : files) {
            std::ifstream in(path);
            std::stringstream ss;
            ss << in.rdbuf();
            ls::test::CaptureHost host;
            VM vm(host);
            std::unique_ptr<ls::ast::Module> mod;
            try {
                mod = ls::parseModule(ss.str(), path.filename().string());
            } catch (ls::SyntaxErrorException &) {
                continue;  // a program about syntax errors
            }
            try {
                Ref<CodeObject> co = compileModule(vm, *mod, {});
                checkInvariants(*co);
                ++compiled;
            } catch (ls::SyntaxErrorException &) {
                // expected for the corpus's compile-error programs
            } catch (std::exception &e) {
                QFAIL((path.string() + ": " + e.what()).c_str());
            }
        }
        QVERIFY(compiled > 100);
    }

    void deepNestingIsARecursionError() {
        ls::test::CaptureHost host;
        VM vm(host);
        std::string ok = "x = 1";
        for (int i = 0; i < 2000; ++i) ok += "+1";
        QCOMPARE(compileSource(vm, ok + "\n")->code.empty(), false);
        std::string deep = "x = 1";
        for (int i = 0; i < 20000; ++i) deep += "+1";
        try {
            compileSource(vm, deep + "\n");
            QFAIL("no RecursionError");
        } catch (ls::SyntaxErrorException &e) {
            QCOMPARE(e.info.type, std::string("RecursionError"));
            QCOMPARE(e.info.msg, std::string("maximum recursion depth exceeded during compilation"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCompiler)
#include "tst_compiler.moc"
