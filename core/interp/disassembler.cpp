// py: Lib/dis.py (3.11) _disassemble_bytes / Bytecode.dis, adapted to
// fixed-width instructions: offsets are instruction indices.
#include "disassembler.h"

#include "compiler.h"

#include <charconv>
#include <cstdio>
#include <set>
#include <sstream>

namespace ls::interp {

namespace {

const char *binOpSymbol(uint32_t arg) {
    static constexpr const char *symbols[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
    constexpr uint32_t n = sizeof symbols / sizeof symbols[0];
    if (arg < n) return symbols[arg];
    if (arg >= static_cast<uint32_t>(kInplaceOffset) && arg - kInplaceOffset < n) return nullptr;
    return "?";
}

std::string strRepr(const std::string &s) {
    bool hasSingle = s.find('\'') != std::string::npos, hasDouble = s.find('"') != std::string::npos;
    char q = (hasSingle && !hasDouble) ? '"' : '\'';
    std::string out(1, q);
    for (unsigned char c : s) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c == static_cast<unsigned char>(q)) {
                out += '\\';
                out += static_cast<char>(c);
            } else if (c < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += q;
    return out;
}

std::string floatRepr(double d) {
    if (d != d) return "nan";
    if (d == 1.0 / 0.0) return "inf";
    if (d == -1.0 / 0.0) return "-inf";
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, d);
    std::string s(buf, r.ptr);
    if (s.find_first_of(".en") == std::string::npos) s += ".0";
    return s;
}

}  // namespace

std::string constRepr(const Value &v) {
    switch (v.tag()) {
    case Value::Tag::Null: return "<NULL>";
    case Value::Tag::None: return "None";
    case Value::Tag::Bool: return v.asBool() ? "True" : "False";
    case Value::Tag::Int: return std::to_string(v.asInt());
    case Value::Tag::Float: return floatRepr(v.asFloat());
    case Value::Tag::Obj: break;
    }
    switch (v.obj()->kind) {
    case Kind::Str: return strRepr(v.as<StrObject>()->s);
    case Kind::Tuple: {
        const auto &items = v.as<TupleObject>()->items;
        std::string s = "(";
        for (size_t i = 0; i < items.size(); ++i) {
            if (i) s += ", ";
            s += constRepr(items[i]);
        }
        if (items.size() == 1) s += ",";
        return s + ")";
    }
    case Kind::Code: {
        auto *c = v.as<CodeObject>();
        return "<code object " + c->name + ", file \"" + c->filename + "\", line " + std::to_string(c->firstline) + ">";
    }
    default: break;
    }
    if (v.obj()->type && v.obj()->type->name == "ellipsis") return "Ellipsis";
    return "<" + (v.obj()->type ? v.obj()->type->name : std::string("object")) + ">";
}

namespace {

std::string cellName(const CodeObject &co, uint32_t i) {
    if (i < co.cellvars.size()) return co.cellvars[i];
    i -= static_cast<uint32_t>(co.cellvars.size());
    return i < co.freevars.size() ? co.freevars[i] : "?";
}

// What an instruction's argument stands for ("" when nothing to add).
std::string argInfo(const CodeObject &co, const Instr &in) {
    auto name = [&](uint32_t i) { return i < co.names.size() ? co.names[i]->s : std::string("?"); };
    switch (in.op) {
    case Op::LOAD_CONST: return in.arg < co.consts.size() ? constRepr(co.consts[in.arg]) : "?";
    case Op::LOAD_FAST: case Op::STORE_FAST: case Op::DELETE_FAST:
        return in.arg < co.varnames.size() ? co.varnames[in.arg] : "?";
    case Op::LOAD_DEREF: case Op::STORE_DEREF: case Op::DELETE_DEREF: case Op::LOAD_CLOSURE:
    case Op::LOAD_CLASSDEREF:
        return cellName(co, in.arg);
    case Op::LOAD_NAME: case Op::STORE_NAME: case Op::DELETE_NAME: case Op::LOAD_GLOBAL:
    case Op::STORE_GLOBAL: case Op::DELETE_GLOBAL: case Op::LOAD_ATTR: case Op::STORE_ATTR:
    case Op::DELETE_ATTR: case Op::LOAD_METHOD: case Op::IMPORT_NAME: case Op::IMPORT_FROM:
        return name(in.arg);
    case Op::BINARY_OP: {
        const char *s = binOpSymbol(in.arg);
        if (s) return s;
        return std::string(binOpSymbol(in.arg - kInplaceOffset)) + "=";
    }
    case Op::COMPARE_OP: {
        static constexpr const char *ops[] = {"<", "<=", "==", "!=", ">", ">="};
        return in.arg < 6 ? ops[in.arg] : "?";
    }
    case Op::IS_OP: return in.arg ? "is not" : "is";
    case Op::CONTAINS_OP: return in.arg ? "not in" : "in";
    case Op::FORMAT_VALUE: {
        static constexpr const char *conv[] = {"", "str", "repr", "ascii"};
        std::string s = conv[in.arg & 3];
        if (in.arg & 4) s += s.empty() ? "with format" : ", with format";
        return s;
    }
    case Op::MAKE_FUNCTION: {
        std::string s;
        auto add = [&](const char *w) { s += s.empty() ? w : std::string(", ") + w; };
        if (in.arg & 1) add("defaults");
        if (in.arg & 2) add("kwdefaults");
        if (in.arg & 4) add("annotations");
        if (in.arg & 8) add("closure");
        return s;
    }
    case Op::UNPACK_EX:
        return std::to_string(in.arg & 0xFFFF) + " before, " + std::to_string(in.arg >> 16) + " after";
    case Op::RAISE_VARARGS: {
        static constexpr const char *kinds[] = {"reraise", "exception instance", "exception instance with __cause__"};
        return in.arg < 3 ? kinds[in.arg] : "?";
    }
    case Op::GET_AWAITABLE: {
        static constexpr const char *kinds[] = {"", "after __aenter__", "after __aexit__"};
        return in.arg < 3 ? kinds[in.arg] : "?";
    }
    default: break;
    }
    if (opIsJump(in.op)) return "to " + std::to_string(in.arg);
    return "";
}

bool hasArg(Op op) {
    switch (op) {
    case Op::NOP: case Op::POP_TOP: case Op::DUP_TOP: case Op::DUP_TOP_TWO: case Op::ROT_TWO:
    case Op::ROT_THREE: case Op::ROT_FOUR: case Op::BINARY_SUBSCR: case Op::STORE_SUBSCR:
    case Op::DELETE_SUBSCR: case Op::UNARY_POSITIVE: case Op::UNARY_NEGATIVE: case Op::UNARY_NOT:
    case Op::UNARY_INVERT: case Op::GET_ITER: case Op::GET_AITER: case Op::GET_ANEXT:
    case Op::END_ASYNC_FOR: case Op::LIST_TO_TUPLE: case Op::RETURN_VALUE: case Op::LOAD_BUILD_CLASS:
    case Op::IMPORT_STAR: case Op::LOAD_ASSERTION_ERROR: case Op::POP_BLOCK: case Op::PUSH_EXC_INFO:
    case Op::POP_EXCEPT: case Op::RERAISE: case Op::BEFORE_ASYNC_WITH: case Op::WITH_EXCEPT_START:
    case Op::CALL_EXIT_NORMAL: case Op::CHECK_EXC_STAR: case Op::PREP_RERAISE_STAR: case Op::GEN_START:
    case Op::YIELD_VALUE: case Op::GET_YIELD_FROM_ITER: case Op::YIELD_FROM: case Op::ASYNC_GEN_WRAP:
    case Op::PRINT_EXPR: case Op::SETUP_ANNOTATIONS: case Op::LOAD_LOCALS: case Op::CHECK_BUDGET:
        return false;
    default:
        return true;
    }
}

void disassembleOne(const CodeObject &co, std::ostringstream &out) {
    std::set<uint32_t> targets;
    for (auto &in : co.code) if (opIsJump(in.op)) targets.insert(in.arg);
    int lastLine = -1;
    for (size_t i = 0; i < co.code.size(); ++i) {
        const Instr &in = co.code[i];
        int line = i < co.lines.size() ? co.lines[i] : 0;
        char buf[64];
        if (line != lastLine) {
            if (i) out << '\n';
            std::snprintf(buf, sizeof buf, "%4d", line);
            out << buf;
            lastLine = line;
        } else {
            out << "    ";
        }
        out << (targets.count(static_cast<uint32_t>(i)) ? "   >> " : "      ");
        std::snprintf(buf, sizeof buf, "%5zu ", i);
        out << buf;
        std::string name = opName(in.op);
        if (hasArg(in.op)) {
            std::snprintf(buf, sizeof buf, "%-24s%5u", name.c_str(), in.arg);
            out << buf;
            std::string info = argInfo(co, in);
            if (!info.empty()) out << " (" << info << ")";
        } else {
            out << name;
        }
        out << '\n';
    }
}

void disassembleRec(const CodeObject &co, std::ostringstream &out, bool header) {
    if (header) {
        out << "\nDisassembly of <code object " << co.qualname << ", file \"" << co.filename << "\", line "
            << co.firstline << ">:\n";
    }
    disassembleOne(co, out);
    for (auto &c : co.consts)
        if (c.is(Kind::Code)) disassembleRec(*c.as<CodeObject>(), out, true);
}

}  // namespace

std::string disassemble(const CodeObject &code) {
    std::ostringstream out;
    disassembleRec(code, out, false);
    return out.str();
}

}  // namespace ls::interp
