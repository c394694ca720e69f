// ast.dump() for ls::ast, following Lib/ast.py (3.11): fields in _fields
// order, optional fields omitted when None, lists always shown. Node names
// are CPython's (ExprStmt prints as Expr, async defs as AsyncFunctionDef...).
#include "ast_dump.h"

#include "unicode_util.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace ls {

using namespace ast;

std::string pyStrRepr(std::string_view s)
{
    // py: Objects/unicodeobject.c unicode_repr
    bool hasSingle = s.find('\'') != std::string_view::npos;
    bool hasDouble = s.find('"') != std::string_view::npos;
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    std::string out(1, quote);
    for (size_t i = 0; i < s.size();) {
        size_t start = i;
        char32_t c = decodeUtf8(s, i);
        if (c == char32_t(quote) || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(c));
            out += buf;
        } else if (c < 0x7F) {
            out += char(c);
        } else if (isPrintable(c) && !(c >= 0xD800 && c <= 0xDFFF)) {
            out.append(s.substr(start, i - start));
        } else {
            char buf[16];
            if (c <= 0xFF)
                std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(c));
            else if (c <= 0xFFFF)
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
            else
                std::snprintf(buf, sizeof buf, "\\U%08x", unsigned(c));
            out += buf;
        }
    }
    out += quote;
    return out;
}

std::string pyBytesRepr(std::string_view s)
{
    // py: Objects/bytesobject.c PyBytes_Repr
    bool hasSingle = s.find('\'') != std::string_view::npos;
    bool hasDouble = s.find('"') != std::string_view::npos;
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    std::string out = "b";
    out += quote;
    for (char ch : s) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c >= 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(c));
            out += buf;
        } else {
            out += char(c);
        }
    }
    out += quote;
    return out;
}

std::string pyFloatRepr(double v)
{
    // py: Python/pystrtod.c format_float_short, repr style ('r').
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string sci(buf, r.ptr);
    std::string sign;
    if (!sci.empty() && sci[0] == '-') {
        sign = "-";
        sci.erase(0, 1);
    }
    size_t e = sci.find('e');
    std::string digits;
    for (size_t i = 0; i < e; ++i) {
        if (sci[i] != '.')
            digits += sci[i];
    }
    int exp = std::stoi(sci.substr(e + 1));
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    int decpt = exp + 1;  // value = 0.DIGITS * 10**decpt
    std::string out = sign;
    if (decpt <= -4 || decpt > 16) {
        out += digits[0];
        if (digits.size() > 1)
            out += "." + digits.substr(1);
        int x = decpt - 1;
        char eb[16];
        std::snprintf(eb, sizeof eb, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
        out += eb;
    } else if (decpt <= 0) {
        out += "0." + std::string(size_t(-decpt), '0') + digits;
    } else if (size_t(decpt) < digits.size()) {
        out += digits.substr(0, size_t(decpt)) + "." + digits.substr(size_t(decpt));
    } else {
        out += digits + std::string(size_t(decpt) - digits.size(), '0') + ".0";
    }
    return out;
}

namespace {

const char *binOpName(BinOpKind k)
{
    static const char *names[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                  "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
    return names[int(k)];
}

const char *cmpOpName(CmpOpKind k)
{
    static const char *names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
    return names[int(k)];
}

const char *ctxName(Ctx c)
{
    return c == Ctx::Load ? "Load()" : c == Ctx::Store ? "Store()" : "Del()";
}

class Dumper {
public:
    explicit Dumper(bool attrs) : attrs_(attrs) {}
    std::string out;

    void module(const Module &m)
    {
        out += "Module(body=";
        stmts(m.body);
        out += ", type_ignores=[])";
    }

private:
    bool attrs_;

    // A node "Name(" ... ")": fields are added with field(); the first one
    // without a leading comma.
    struct Node {
        Dumper &d;
        bool first = true;
        Node(Dumper &dd, const char *name) : d(dd) { d.out += name, d.out += '('; }
        void sep(const char *name)
        {
            if (!first)
                d.out += ", ";
            first = false;
            d.out += name;
            d.out += '=';
        }
        void close(const Pos *p)
        {
            if (p && d.attrs_) {
                char buf[96];
                std::snprintf(buf, sizeof buf, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", p->line,
                              p->col, p->endLine, p->endCol);
                if (!first)
                    d.out += ", ";
                d.out += buf;
            }
            d.out += ')';
        }
    };

    void exprField(Node &n, const char *name, const ExprPtr &e, bool optional = true)
    {
        if (!e && optional)
            return;
        n.sep(name);
        expr(e.get());
    }
    void exprsField(Node &n, const char *name, const ExprList &l)
    {
        n.sep(name);
        exprs(l);
    }
    void stmtsField(Node &n, const char *name, const StmtList &l)
    {
        n.sep(name);
        stmts(l);
    }
    void strField(Node &n, const char *name, const std::string &s)
    {
        n.sep(name);
        out += pyStrRepr(s);
    }
    void rawField(Node &n, const char *name, const std::string &s)
    {
        n.sep(name);
        out += s;
    }

    void exprs(const ExprList &l)
    {
        out += '[';
        for (size_t i = 0; i < l.size(); ++i) {
            if (i)
                out += ", ";
            expr(l[i].get());
        }
        out += ']';
    }
    void stmts(const StmtList &l)
    {
        out += '[';
        for (size_t i = 0; i < l.size(); ++i) {
            if (i)
                out += ", ";
            stmt(*l[i]);
        }
        out += ']';
    }
    void names(Node &n, const std::vector<std::string> &v)
    {
        n.sep("names");
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i)
                out += ", ";
            out += pyStrRepr(v[i]);
        }
        out += ']';
    }

    void constant(const ConstantValue &v)
    {
        struct V {
            std::string &o;
            void operator()(std::monostate) { o += "None"; }
            void operator()(bool b) { o += b ? "True" : "False"; }
            void operator()(int64_t i) { o += std::to_string(i); }
            void operator()(double d) { o += pyFloatRepr(d); }
            void operator()(const std::string &s) { o += pyStrRepr(s); }
            void operator()(Ellipsis) { o += "Ellipsis"; }
            void operator()(const BigInt &b) { o += b.digits; }
            void operator()(const Bytes &b) { o += pyBytesRepr(b.data); }
        };
        std::visit(V{out}, v);
    }

    void arg(const Arg &a)
    {
        Node n(*this, "arg");
        strField(n, "arg", a.name);
        exprField(n, "annotation", a.annotation);
        n.close(&a.pos);
    }
    void argList(Node &n, const char *name, const std::vector<Arg> &l)
    {
        n.sep(name);
        out += '[';
        for (size_t i = 0; i < l.size(); ++i) {
            if (i)
                out += ", ";
            arg(l[i]);
        }
        out += ']';
    }
    void arguments(const Arguments &a)
    {
        Node n(*this, "arguments");
        argList(n, "posonlyargs", a.posonlyargs);
        argList(n, "args", a.args);
        if (a.vararg) {
            n.sep("vararg");
            arg(*a.vararg);
        }
        argList(n, "kwonlyargs", a.kwonlyargs);
        n.sep("kw_defaults");
        out += '[';
        for (size_t i = 0; i < a.kwDefaults.size(); ++i) {
            if (i)
                out += ", ";
            if (a.kwDefaults[i])
                expr(a.kwDefaults[i].get());
            else
                out += "None";
        }
        out += ']';
        if (a.kwarg) {
            n.sep("kwarg");
            arg(*a.kwarg);
        }
        exprsField(n, "defaults", a.defaults);
        n.close(nullptr);
    }
    void keywords(Node &n, const std::vector<Keyword> &l)
    {
        n.sep("keywords");
        out += '[';
        for (size_t i = 0; i < l.size(); ++i) {
            if (i)
                out += ", ";
            Node k(*this, "keyword");
            if (!l[i].arg.empty())
                strField(k, "arg", l[i].arg);
            exprField(k, "value", l[i].value, false);
            k.close(&l[i].pos);
        }
        out += ']';
    }
    void generators(Node &n, const std::vector<Comprehension> &gens)
    {
        n.sep("generators");
        out += '[';
        for (size_t i = 0; i < gens.size(); ++i) {
            if (i)
                out += ", ";
            Node c(*this, "comprehension");
            exprField(c, "target", gens[i].target, false);
            exprField(c, "iter", gens[i].iter, false);
            exprsField(c, "ifs", gens[i].ifs);
            rawField(c, "is_async", gens[i].isAsync ? "1" : "0");
            c.close(nullptr);
        }
        out += ']';
    }
    void aliases(Node &n, const std::vector<Alias> &l)
    {
        n.sep("names");
        out += '[';
        for (size_t i = 0; i < l.size(); ++i) {
            if (i)
                out += ", ";
            Node a(*this, "alias");
            strField(a, "name", l[i].name);
            if (!l[i].asname.empty())
                strField(a, "asname", l[i].asname);
            a.close(&l[i].pos);
        }
        out += ']';
    }

    void expr(const Expr *e);
    void stmt(const Stmt &s);
};

void Dumper::expr(const Expr *e)
{
    if (!e) {
        out += "None";
        return;
    }
    switch (e->kind) {
    case ExprKind::Name: {
        auto &x = e->as<Name>();
        Node n(*this, "Name");
        strField(n, "id", x.id);
        rawField(n, "ctx", ctxName(x.ctx));
        n.close(&e->pos);
        return;
    }
    case ExprKind::Constant: {
        Node n(*this, "Constant");
        n.sep("value");
        constant(e->as<Constant>().value);
        n.close(&e->pos);
        return;
    }
    case ExprKind::JoinedStr: {
        Node n(*this, "JoinedStr");
        exprsField(n, "values", e->as<JoinedStr>().values);
        n.close(&e->pos);
        return;
    }
    case ExprKind::FormattedValue: {
        auto &x = e->as<FormattedValue>();
        Node n(*this, "FormattedValue");
        exprField(n, "value", x.value, false);
        rawField(n, "conversion", std::to_string(x.conversion ? int(x.conversion) : -1));
        exprField(n, "format_spec", x.formatSpec);
        n.close(&e->pos);
        return;
    }
    case ExprKind::List: {
        auto &x = e->as<List>();
        Node n(*this, "List");
        exprsField(n, "elts", x.elts);
        rawField(n, "ctx", ctxName(x.ctx));
        n.close(&e->pos);
        return;
    }
    case ExprKind::Tuple: {
        auto &x = e->as<Tuple>();
        Node n(*this, "Tuple");
        exprsField(n, "elts", x.elts);
        rawField(n, "ctx", ctxName(x.ctx));
        n.close(&e->pos);
        return;
    }
    case ExprKind::Dict: {
        auto &x = e->as<Dict>();
        Node n(*this, "Dict");
        exprsField(n, "keys", x.keys);
        exprsField(n, "values", x.values);
        n.close(&e->pos);
        return;
    }
    case ExprKind::Set: {
        Node n(*this, "Set");
        exprsField(n, "elts", e->as<Set>().elts);
        n.close(&e->pos);
        return;
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp: {
        const char *name = e->kind == ExprKind::ListComp ? "ListComp" : e->kind == ExprKind::SetComp ? "SetComp" : "GeneratorExp";
        Node n(*this, name);
        if (e->kind == ExprKind::ListComp) {
            exprField(n, "elt", e->as<ListComp>().elt, false);
            generators(n, e->as<ListComp>().generators);
        } else if (e->kind == ExprKind::SetComp) {
            exprField(n, "elt", e->as<SetComp>().elt, false);
            generators(n, e->as<SetComp>().generators);
        } else {
            exprField(n, "elt", e->as<GeneratorExp>().elt, false);
            generators(n, e->as<GeneratorExp>().generators);
        }
        n.close(&e->pos);
        return;
    }
    case ExprKind::DictComp: {
        auto &x = e->as<DictComp>();
        Node n(*this, "DictComp");
        exprField(n, "key", x.key, false);
        exprField(n, "value", x.value, false);
        generators(n, x.generators);
        n.close(&e->pos);
        return;
    }
    case ExprKind::BinOp: {
        auto &x = e->as<BinOp>();
        Node n(*this, "BinOp");
        exprField(n, "left", x.left, false);
        rawField(n, "op", std::string(binOpName(x.op)) + "()");
        exprField(n, "right", x.right, false);
        n.close(&e->pos);
        return;
    }
    case ExprKind::UnaryOp: {
        auto &x = e->as<UnaryOp>();
        static const char *ops[] = {"Invert()", "Not()", "UAdd()", "USub()"};
        Node n(*this, "UnaryOp");
        rawField(n, "op", ops[int(x.op)]);
        exprField(n, "operand", x.operand, false);
        n.close(&e->pos);
        return;
    }
    case ExprKind::BoolOp: {
        auto &x = e->as<BoolOp>();
        Node n(*this, "BoolOp");
        rawField(n, "op", x.op == BoolOpKind::And ? "And()" : "Or()");
        exprsField(n, "values", x.values);
        n.close(&e->pos);
        return;
    }
    case ExprKind::Compare: {
        auto &x = e->as<Compare>();
        Node n(*this, "Compare");
        exprField(n, "left", x.left, false);
        n.sep("ops");
        out += '[';
        for (size_t i = 0; i < x.ops.size(); ++i) {
            if (i)
                out += ", ";
            out += cmpOpName(x.ops[i]);
            out += "()";
        }
        out += ']';
        exprsField(n, "comparators", x.comparators);
        n.close(&e->pos);
        return;
    }
    case ExprKind::Call: {
        auto &x = e->as<Call>();
        Node n(*this, "Call");
        exprField(n, "func", x.func, false);
        exprsField(n, "args", x.args);
        keywords(n, x.keywords);
        n.close(&e->pos);
        return;
    }
    case ExprKind::Attribute: {
        auto &x = e->as<Attribute>();
        Node n(*this, "Attribute");
        exprField(n, "value", x.value, false);
        strField(n, "attr", x.attr);
        rawField(n, "ctx", ctxName(x.ctx));
        n.close(&e->pos);
        return;
    }
    case ExprKind::Subscript: {
        auto &x = e->as<Subscript>();
        Node n(*this, "Subscript");
        exprField(n, "value", x.value, false);
        exprField(n, "slice", x.slice, false);
        rawField(n, "ctx", ctxName(x.ctx));
        n.close(&e->pos);
        return;
    }
    case ExprKind::Slice: {
        auto &x = e->as<Slice>();
        Node n(*this, "Slice");
        exprField(n, "lower", x.lower);
        exprField(n, "upper", x.upper);
        exprField(n, "step", x.step);
        n.close(&e->pos);
        return;
    }
    case ExprKind::Starred: {
        auto &x = e->as<Starred>();
        Node n(*this, "Starred");
        exprField(n, "value", x.value, false);
        rawField(n, "ctx", ctxName(x.ctx));
        n.close(&e->pos);
        return;
    }
    case ExprKind::Lambda: {
        auto &x = e->as<Lambda>();
        Node n(*this, "Lambda");
        n.sep("args");
        arguments(x.args);
        exprField(n, "body", x.body, false);
        n.close(&e->pos);
        return;
    }
    case ExprKind::IfExp: {
        auto &x = e->as<IfExp>();
        Node n(*this, "IfExp");
        exprField(n, "test", x.test, false);
        exprField(n, "body", x.body, false);
        exprField(n, "orelse", x.orelse, false);
        n.close(&e->pos);
        return;
    }
    case ExprKind::NamedExpr: {
        auto &x = e->as<NamedExpr>();
        Node n(*this, "NamedExpr");
        exprField(n, "target", x.target, false);
        exprField(n, "value", x.value, false);
        n.close(&e->pos);
        return;
    }
    case ExprKind::Await: {
        Node n(*this, "Await");
        exprField(n, "value", e->as<Await>().value, false);
        n.close(&e->pos);
        return;
    }
    case ExprKind::Yield: {
        Node n(*this, "Yield");
        exprField(n, "value", e->as<Yield>().value);
        n.close(&e->pos);
        return;
    }
    case ExprKind::YieldFrom: {
        Node n(*this, "YieldFrom");
        exprField(n, "value", e->as<YieldFrom>().value, false);
        n.close(&e->pos);
        return;
    }
    }
}

void Dumper::stmt(const Stmt &s)
{
    switch (s.kind) {
    case StmtKind::FunctionDef: {
        auto &x = s.as<FunctionDef>();
        Node n(*this, x.isAsync ? "AsyncFunctionDef" : "FunctionDef");
        strField(n, "name", x.name);
        n.sep("args");
        arguments(x.args);
        stmtsField(n, "body", x.body);
        exprsField(n, "decorator_list", x.decorators);
        exprField(n, "returns", x.returns);
        n.close(&s.pos);
        return;
    }
    case StmtKind::ClassDef: {
        auto &x = s.as<ClassDef>();
        Node n(*this, "ClassDef");
        strField(n, "name", x.name);
        exprsField(n, "bases", x.bases);
        keywords(n, x.keywords);
        stmtsField(n, "body", x.body);
        exprsField(n, "decorator_list", x.decorators);
        n.close(&s.pos);
        return;
    }
    case StmtKind::Return: {
        Node n(*this, "Return");
        exprField(n, "value", s.as<Return>().value);
        n.close(&s.pos);
        return;
    }
    case StmtKind::Delete: {
        Node n(*this, "Delete");
        exprsField(n, "targets", s.as<Delete>().targets);
        n.close(&s.pos);
        return;
    }
    case StmtKind::Assign: {
        auto &x = s.as<Assign>();
        Node n(*this, "Assign");
        exprsField(n, "targets", x.targets);
        exprField(n, "value", x.value, false);
        n.close(&s.pos);
        return;
    }
    case StmtKind::AugAssign: {
        auto &x = s.as<AugAssign>();
        Node n(*this, "AugAssign");
        exprField(n, "target", x.target, false);
        rawField(n, "op", std::string(binOpName(x.op)) + "()");
        exprField(n, "value", x.value, false);
        n.close(&s.pos);
        return;
    }
    case StmtKind::AnnAssign: {
        auto &x = s.as<AnnAssign>();
        Node n(*this, "AnnAssign");
        exprField(n, "target", x.target, false);
        exprField(n, "annotation", x.annotation, false);
        exprField(n, "value", x.value);
        rawField(n, "simple", x.simple ? "1" : "0");
        n.close(&s.pos);
        return;
    }
    case StmtKind::For: {
        auto &x = s.as<For>();
        Node n(*this, x.isAsync ? "AsyncFor" : "For");
        exprField(n, "target", x.target, false);
        exprField(n, "iter", x.iter, false);
        stmtsField(n, "body", x.body);
        stmtsField(n, "orelse", x.orelse);
        n.close(&s.pos);
        return;
    }
    case StmtKind::While: {
        auto &x = s.as<While>();
        Node n(*this, "While");
        exprField(n, "test", x.test, false);
        stmtsField(n, "body", x.body);
        stmtsField(n, "orelse", x.orelse);
        n.close(&s.pos);
        return;
    }
    case StmtKind::If: {
        auto &x = s.as<If>();
        Node n(*this, "If");
        exprField(n, "test", x.test, false);
        stmtsField(n, "body", x.body);
        stmtsField(n, "orelse", x.orelse);
        n.close(&s.pos);
        return;
    }
    case StmtKind::With: {
        auto &x = s.as<With>();
        Node n(*this, x.isAsync ? "AsyncWith" : "With");
        n.sep("items");
        out += '[';
        for (size_t i = 0; i < x.items.size(); ++i) {
            if (i)
                out += ", ";
            Node w(*this, "withitem");
            exprField(w, "context_expr", x.items[i].contextExpr, false);
            exprField(w, "optional_vars", x.items[i].optionalVars);
            w.close(nullptr);
        }
        out += ']';
        stmtsField(n, "body", x.body);
        n.close(&s.pos);
        return;
    }
    case StmtKind::Raise: {
        auto &x = s.as<Raise>();
        Node n(*this, "Raise");
        exprField(n, "exc", x.exc);
        exprField(n, "cause", x.cause);
        n.close(&s.pos);
        return;
    }
    case StmtKind::Try: {
        auto &x = s.as<Try>();
        Node n(*this, x.isStar ? "TryStar" : "Try");
        stmtsField(n, "body", x.body);
        n.sep("handlers");
        out += '[';
        for (size_t i = 0; i < x.handlers.size(); ++i) {
            if (i)
                out += ", ";
            const ExceptHandler &h = x.handlers[i];
            Node hn(*this, "ExceptHandler");
            exprField(hn, "type", h.type);
            if (!h.name.empty())
                strField(hn, "name", h.name);
            stmtsField(hn, "body", h.body);
            hn.close(&h.pos);
        }
        out += ']';
        stmtsField(n, "orelse", x.orelse);
        stmtsField(n, "finalbody", x.finalbody);
        n.close(&s.pos);
        return;
    }
    case StmtKind::Assert: {
        auto &x = s.as<Assert>();
        Node n(*this, "Assert");
        exprField(n, "test", x.test, false);
        exprField(n, "msg", x.msg);
        n.close(&s.pos);
        return;
    }
    case StmtKind::Import: {
        Node n(*this, "Import");
        aliases(n, s.as<Import>().names);
        n.close(&s.pos);
        return;
    }
    case StmtKind::ImportFrom: {
        auto &x = s.as<ImportFrom>();
        Node n(*this, "ImportFrom");
        if (!x.module.empty())
            strField(n, "module", x.module);
        aliases(n, x.names);
        rawField(n, "level", std::to_string(x.level));
        n.close(&s.pos);
        return;
    }
    case StmtKind::Global: {
        Node n(*this, "Global");
        names(n, s.as<Global>().names);
        n.close(&s.pos);
        return;
    }
    case StmtKind::Nonlocal: {
        Node n(*this, "Nonlocal");
        names(n, s.as<Nonlocal>().names);
        n.close(&s.pos);
        return;
    }
    case StmtKind::ExprStmt: {
        Node n(*this, "Expr");
        exprField(n, "value", s.as<ExprStmt>().value, false);
        n.close(&s.pos);
        return;
    }
    case StmtKind::Pass: {
        Node n(*this, "Pass");
        n.close(&s.pos);
        return;
    }
    case StmtKind::Break: {
        Node n(*this, "Break");
        n.close(&s.pos);
        return;
    }
    case StmtKind::Continue: {
        Node n(*this, "Continue");
        n.close(&s.pos);
        return;
    }
    }
}

}  // namespace

std::string dumpAst(const Module &module, bool includeAttributes)
{
    Dumper d(includeAttributes);
    d.module(module);
    return std::move(d.out);
}

}  // namespace ls
