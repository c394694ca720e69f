// py: Python/symtable.c (3.11): building the table (symtable_visit_*) and
// analysing it (analyze_block / analyze_name / analyze_cells /
// update_symbols). Function and variable names follow CPython's so the two
// can be read side by side.
#include "symtable.h"

#include "syntax_error.h"

#include <algorithm>
#include <unordered_set>

namespace ls::interp {

using namespace symflag;
using NameSet = std::unordered_set<std::string>;

std::string mangleName(const std::string &privateName, const std::string &name) {
    // py: Python/compile.c _Py_Mangle
    if (privateName.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
    if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
    if (name.find('.') != std::string::npos) return name;
    size_t i = 0;
    while (i < privateName.size() && privateName[i] == '_') ++i;
    if (i == privateName.size()) return name;  // class name is all underscores
    return "_" + privateName.substr(i) + name;
}

void throwSyntaxError(const ast::Module &module, const std::string &msg, const ast::Pos &pos) {
    SyntaxErrorInfo info;
    info.msg = msg;
    info.filename = module.filename;
    info.line = pos.line;
    info.offset = pos.col + 1;
    info.endLine = pos.endLine;
    info.endOffset = pos.endLine && pos.endCol >= 0 ? pos.endCol + 1 : 0;  // endCol -1: unknown
    if (pos.line >= 1 && static_cast<size_t>(pos.line) <= module.lines.size())
        info.lineText = module.lines[static_cast<size_t>(pos.line) - 1];
    throw SyntaxErrorException(std::move(info));
}

std::vector<std::string> SymbolScope::namesByScope(SymScope scope, uint32_t flag) const {
    std::vector<std::string> out;
    for (auto &[name, sym] : symbols)
        if (sym.scope == scope || (flag && (sym.flags & flag))) out.push_back(name);
    std::sort(out.begin(), out.end());
    return out;
}

// ------------------------------------------------------------------ building

class SymtableBuilder {
public:
    SymtableBuilder(SymbolTable &table, const ast::Module &module, const SymtableOptions &opts)
        : t_(table), m_(module), opts_(opts) {}

    void run() {
        ast::Pos top{1, 0, 1, 0};
        enterBlock("top", BlockKind::Module, &m_, top);
        global_ = cur_;
        visitStmts(m_.body);
        exitBlock();
    }

private:
    SymbolTable &t_;
    const ast::Module &m_;
    SymtableOptions opts_;
    std::vector<SymbolScope *> stack_;
    SymbolScope *cur_ = nullptr;
    SymbolScope *global_ = nullptr;
    std::string private_;  // class name for mangling (st_private)
    // py: symtable.c recursion_depth / recursion_limit: 1000 frames scaled by
    // COMPILER_STACK_FRAME_SCALE (3) for nested statements and expressions.
    int depth_ = 0;
    static constexpr int kRecursionLimit = 3000;
    struct DepthGuard {
        SymtableBuilder &b;
        explicit DepthGuard(SymtableBuilder &builder) : b(builder) {
            if (++b.depth_ > kRecursionLimit) {
                SyntaxErrorInfo info;  // not located: CPython prints just the line below
                info.type = "RecursionError";
                info.msg = "maximum recursion depth exceeded during compilation";
                info.filename = b.m_.filename;
                throw SyntaxErrorException(std::move(info));
            }
        }
        ~DepthGuard() { --b.depth_; }
    };

    [[noreturn]] void error(const std::string &msg, const ast::Pos &pos) { throwSyntaxError(m_, msg, pos); }

    // py: symtable_enter_block
    void enterBlock(std::string name, BlockKind kind, const void *node, const ast::Pos &pos) {
        auto ste = std::make_unique<SymbolScope>();
        ste->kind = kind;
        ste->name = std::move(name);
        ste->node = node;
        ste->pos = pos;
        SymbolScope *prev = cur_;
        if (prev && (prev->nested || prev->kind == BlockKind::Function)) ste->nested = true;
        // bpo-37757: no assignment expressions anywhere in a comprehension's
        // outermost iterable, even inside a nested lambda or comprehension.
        if (prev) ste->compIterExpr = prev->compIterExpr;
        SymbolScope *raw = ste.get();
        ste->parent = prev;
        t_.byNode_[node] = raw;
        if (prev) prev->children.push_back(std::move(ste));
        else t_.top_ = std::move(ste);
        stack_.push_back(raw);
        cur_ = raw;
    }
    void exitBlock() {
        stack_.pop_back();
        cur_ = stack_.empty() ? nullptr : stack_.back();
    }

    // py: symtable_add_def_helper
    void addDefHelper(const std::string &name, uint32_t flag, SymbolScope *ste, const ast::Pos &pos) {
        std::string mangled = mangleName(private_, name);
        auto it = ste->symbols.find(mangled);
        uint32_t val;
        if (it != ste->symbols.end()) {
            val = it->second.flags;
            if ((flag & DefParam) && (val & DefParam))
                error("duplicate argument '" + name + "' in function definition", pos);
            val |= flag;
        } else {
            val = flag;
        }
        if (ste->compIterTarget) {
            // An iteration variable of a comprehension: no walrus may bind it.
            if (val & (DefGlobal | DefNonlocal))
                error("comprehension inner loop cannot rebind assignment expression target '" + name + "'", pos);
            val |= DefCompIter;
        }
        if (it == ste->symbols.end()) {
            ste->symbols.emplace(mangled, Symbol{val, SymScope::None});
            ste->order.push_back(mangled);
        } else {
            it->second.flags = val;
        }
        if (flag & DefParam) {
            ste->varnames.push_back(mangled);
        } else if (flag & DefGlobal) {
            // A global declaration anywhere also marks the module's symbol.
            auto g = global_->symbols.find(mangled);
            if (g == global_->symbols.end()) {
                global_->symbols.emplace(mangled, Symbol{flag, SymScope::None});
                global_->order.push_back(mangled);
            } else {
                g->second.flags |= flag;
            }
        }
    }
    void addDef(const std::string &name, uint32_t flag, const ast::Pos &pos) { addDefHelper(name, flag, cur_, pos); }

    uint32_t lookupFlags(const std::string &name) const {
        const Symbol *s = cur_->lookup(mangleName(private_, name));
        return s ? s->flags : 0;
    }

    void recordDirective(const std::string &name, const ast::Pos &pos) {
        cur_->directives.emplace_back(mangleName(private_, name), pos);
    }

    // --------------------------------------------------------- statements

    void visitStmts(const ast::StmtList &body) {
        for (auto &s : body) visitStmt(*s);
    }
    void visitExprs(const ast::ExprList &list) {
        for (auto &e : list) if (e) visitExpr(*e);
    }

    void visitStmt(const ast::Stmt &s) {
        DepthGuard guard(*this);
        using K = ast::StmtKind;
        switch (s.kind) {
        case K::FunctionDef: {
            auto &f = s.as<ast::FunctionDef>();
            addDef(f.name, DefLocal, s.pos);
            visitExprs(f.args.defaults);
            visitExprs(f.args.kwDefaults);
            visitAnnotations(f.args, f.returns.get());
            visitExprs(f.decorators);
            enterBlock(f.name, BlockKind::Function, &f, s.pos);
            if (f.isAsync) cur_->coroutine = true;
            visitArguments(f.args);
            visitStmts(f.body);
            exitBlock();
            break;
        }
        case K::ClassDef: {
            auto &c = s.as<ast::ClassDef>();
            addDef(c.name, DefLocal, s.pos);
            visitExprs(c.bases);
            for (auto &k : c.keywords) visitExpr(*k.value);
            visitExprs(c.decorators);
            enterBlock(c.name, BlockKind::Class, &c, s.pos);
            std::string saved = private_;
            private_ = c.name;
            visitStmts(c.body);
            private_ = saved;
            exitBlock();
            break;
        }
        case K::Return: {
            auto &r = s.as<ast::Return>();
            if (r.value) {
                visitExpr(*r.value);
                cur_->returnsValue = true;
            }
            break;
        }
        case K::Delete: visitExprs(s.as<ast::Delete>().targets); break;
        case K::Assign: {
            auto &a = s.as<ast::Assign>();
            visitExprs(a.targets);
            visitExpr(*a.value);
            break;
        }
        case K::AnnAssign: {
            auto &a = s.as<ast::AnnAssign>();
            if (a.target->kind == ast::ExprKind::Name) {
                auto &name = a.target->as<ast::Name>().id;
                uint32_t cur = lookupFlags(name);
                if ((cur & (DefGlobal | DefNonlocal)) && cur_ != global_ && a.simple) {
                    error("annotated name '" + name + "' can't be " + ((cur & DefGlobal) ? "global" : "nonlocal"),
                          s.pos);
                }
                if (a.simple) addDef(name, DefAnnot | DefLocal, a.target->pos);
                if (a.value) addDef(name, DefLocal, a.target->pos);
            } else {
                visitExpr(*a.target);
            }
            visitExpr(*a.annotation);
            if (a.value) visitExpr(*a.value);
            break;
        }
        case K::AugAssign: {
            auto &a = s.as<ast::AugAssign>();
            visitExpr(*a.target);
            visitExpr(*a.value);
            break;
        }
        case K::For: {
            auto &f = s.as<ast::For>();
            visitExpr(*f.target);
            visitExpr(*f.iter);
            visitStmts(f.body);
            visitStmts(f.orelse);
            // A module-level `async for` makes the module a coroutine
            // (py: compiler_async_for sets ste_coroutine under top-level await).
            if (f.isAsync && cur_ == global_ && opts_.allowTopLevelAwait) cur_->coroutine = true;
            break;
        }
        case K::While: {
            auto &w = s.as<ast::While>();
            visitExpr(*w.test);
            visitStmts(w.body);
            visitStmts(w.orelse);
            break;
        }
        case K::If: {
            auto &i = s.as<ast::If>();
            visitExpr(*i.test);
            visitStmts(i.body);
            visitStmts(i.orelse);
            break;
        }
        case K::With: {
            auto &w = s.as<ast::With>();
            for (auto &item : w.items) {
                visitExpr(*item.contextExpr);
                if (item.optionalVars) visitExpr(*item.optionalVars);
            }
            visitStmts(w.body);
            if (w.isAsync && cur_ == global_ && opts_.allowTopLevelAwait) cur_->coroutine = true;
            break;
        }
        case K::Raise: {
            auto &r = s.as<ast::Raise>();
            if (r.exc) {
                visitExpr(*r.exc);
                if (r.cause) visitExpr(*r.cause);
            }
            break;
        }
        case K::Try: {
            auto &t = s.as<ast::Try>();
            visitStmts(t.body);
            visitStmts(t.orelse);
            for (auto &h : t.handlers) {
                if (h.type) visitExpr(*h.type);
                if (!h.name.empty()) addDef(h.name, DefLocal, h.pos);
                visitStmts(h.body);
            }
            visitStmts(t.finalbody);
            break;
        }
        case K::Assert: {
            auto &a = s.as<ast::Assert>();
            visitExpr(*a.test);
            if (a.msg) visitExpr(*a.msg);
            break;
        }
        case K::Import:
            for (auto &alias : s.as<ast::Import>().names) visitAlias(alias, s.pos);
            break;
        case K::ImportFrom:
            for (auto &alias : s.as<ast::ImportFrom>().names) visitAlias(alias, s.pos);
            break;
        case K::Global:
            for (auto &name : s.as<ast::Global>().names) {
                uint32_t cur = lookupFlags(name);
                if (cur & (DefParam | DefLocal | Use | DefAnnot)) {
                    std::string msg;
                    if (cur & DefParam) msg = "name '" + name + "' is parameter and global";
                    else if (cur & Use) msg = "name '" + name + "' is used prior to global declaration";
                    else if (cur & DefAnnot) msg = "annotated name '" + name + "' can't be global";
                    else msg = "name '" + name + "' is assigned to before global declaration";
                    error(msg, s.pos);
                }
                addDef(name, DefGlobal, s.pos);
                recordDirective(name, s.pos);
            }
            break;
        case K::Nonlocal:
            for (auto &name : s.as<ast::Nonlocal>().names) {
                uint32_t cur = lookupFlags(name);
                if (cur & (DefParam | DefLocal | Use | DefAnnot)) {
                    std::string msg;
                    if (cur & DefParam) msg = "name '" + name + "' is parameter and nonlocal";
                    else if (cur & Use) msg = "name '" + name + "' is used prior to nonlocal declaration";
                    else if (cur & DefAnnot) msg = "annotated name '" + name + "' can't be nonlocal";
                    else msg = "name '" + name + "' is assigned to before nonlocal declaration";
                    error(msg, s.pos);
                }
                addDef(name, DefNonlocal, s.pos);
                recordDirective(name, s.pos);
            }
            break;
        case K::ExprStmt: visitExpr(*s.as<ast::ExprStmt>().value); break;
        case K::Pass: case K::Break: case K::Continue: break;
        case K::Match: {
            auto &m = s.as<ast::Match>();
            visitExpr(*m.subject);
            for (auto &c : m.cases) {
                visitExprs(c.values);
                visitExprs(c.captures);
                if (c.guard) visitExpr(*c.guard);
                visitStmts(c.body);
            }
            break;
        }
        }
    }

    // py: symtable_visit_alias
    void visitAlias(const ast::Alias &a, const ast::Pos &stmtPos) {
        std::string storeName = !a.asname.empty() ? a.asname : a.name.substr(0, a.name.find('.'));
        if (a.name != "*") {
            addDef(storeName, DefImport, a.pos.line ? a.pos : stmtPos);
        } else if (cur_->kind != BlockKind::Module) {
            error("import * only allowed at module level", a.pos.line ? a.pos : stmtPos);
        }
    }

    // py: symtable_visit_annotations (annotations are analysed, never run)
    void visitAnnotations(const ast::Arguments &a, const ast::Expr *returns) {
        auto each = [&](const std::vector<ast::Arg> &v) {
            for (auto &arg : v) if (arg.annotation) visitExpr(*arg.annotation);
        };
        each(a.posonlyargs);
        each(a.args);
        if (a.vararg && a.vararg->annotation) visitExpr(*a.vararg->annotation);
        if (a.kwarg && a.kwarg->annotation) visitExpr(*a.kwarg->annotation);
        each(a.kwonlyargs);
        if (returns) visitExpr(*returns);
    }

    // py: symtable_visit_arguments
    void visitArguments(const ast::Arguments &a) {
        for (auto &arg : a.posonlyargs) addDef(arg.name, DefParam, arg.pos);
        for (auto &arg : a.args) addDef(arg.name, DefParam, arg.pos);
        for (auto &arg : a.kwonlyargs) addDef(arg.name, DefParam, arg.pos);
        if (a.vararg) {
            addDef(a.vararg->name, DefParam, a.vararg->pos);
            cur_->varargs = true;
        }
        if (a.kwarg) {
            addDef(a.kwarg->name, DefParam, a.kwarg->pos);
            cur_->varkeywords = true;
        }
    }

    // -------------------------------------------------------- expressions

    void visitExpr(const ast::Expr &e) {
        DepthGuard guard(*this);
        using K = ast::ExprKind;
        switch (e.kind) {
        case K::NamedExpr: handleNamedExpr(e.as<ast::NamedExpr>()); break;
        case K::BoolOp: visitExprs(e.as<ast::BoolOp>().values); break;
        case K::BinOp:
            visitExpr(*e.as<ast::BinOp>().left);
            visitExpr(*e.as<ast::BinOp>().right);
            break;
        case K::UnaryOp: visitExpr(*e.as<ast::UnaryOp>().operand); break;
        case K::Lambda: {
            auto &l = e.as<ast::Lambda>();
            visitExprs(l.args.defaults);
            visitExprs(l.args.kwDefaults);
            enterBlock("lambda", BlockKind::Function, &l, e.pos);
            visitArguments(l.args);
            visitExpr(*l.body);
            exitBlock();
            break;
        }
        case K::IfExp: {
            auto &i = e.as<ast::IfExp>();
            visitExpr(*i.test);
            visitExpr(*i.body);
            visitExpr(*i.orelse);
            break;
        }
        case K::Dict: {
            auto &d = e.as<ast::Dict>();
            visitExprs(d.keys);
            visitExprs(d.values);
            break;
        }
        case K::Set: visitExprs(e.as<ast::Set>().elts); break;
        case K::GeneratorExp: {
            auto &g = e.as<ast::GeneratorExp>();
            handleComprehension(e, "genexpr", g.generators, g.elt.get(), nullptr, ComprehensionKind::Generator);
            break;
        }
        case K::ListComp: {
            auto &g = e.as<ast::ListComp>();
            handleComprehension(e, "listcomp", g.generators, g.elt.get(), nullptr, ComprehensionKind::List);
            break;
        }
        case K::SetComp: {
            auto &g = e.as<ast::SetComp>();
            handleComprehension(e, "setcomp", g.generators, g.elt.get(), nullptr, ComprehensionKind::Set);
            break;
        }
        case K::DictComp: {
            auto &g = e.as<ast::DictComp>();
            handleComprehension(e, "dictcomp", g.generators, g.key.get(), g.value.get(), ComprehensionKind::Dict);
            break;
        }
        case K::Yield: {
            auto &y = e.as<ast::Yield>();
            if (y.value) visitExpr(*y.value);
            cur_->generator = true;
            if (cur_->comprehension != ComprehensionKind::None) raiseIfComprehensionBlock(e);
            break;
        }
        case K::YieldFrom:
            visitExpr(*e.as<ast::YieldFrom>().value);
            cur_->generator = true;
            if (cur_->comprehension != ComprehensionKind::None) raiseIfComprehensionBlock(e);
            break;
        case K::Await:
            visitExpr(*e.as<ast::Await>().value);
            cur_->coroutine = true;
            break;
        case K::Compare: {
            auto &c = e.as<ast::Compare>();
            visitExpr(*c.left);
            visitExprs(c.comparators);
            break;
        }
        case K::Call: {
            auto &c = e.as<ast::Call>();
            visitExpr(*c.func);
            visitExprs(c.args);
            for (auto &k : c.keywords) visitExpr(*k.value);
            break;
        }
        case K::FormattedValue: {
            auto &f = e.as<ast::FormattedValue>();
            visitExpr(*f.value);
            if (f.formatSpec) visitExpr(*f.formatSpec);
            break;
        }
        case K::JoinedStr: visitExprs(e.as<ast::JoinedStr>().values); break;
        case K::Constant: break;
        case K::Attribute: visitExpr(*e.as<ast::Attribute>().value); break;
        case K::Subscript:
            visitExpr(*e.as<ast::Subscript>().value);
            visitExpr(*e.as<ast::Subscript>().slice);
            break;
        case K::Starred: visitExpr(*e.as<ast::Starred>().value); break;
        case K::Slice: {
            auto &s = e.as<ast::Slice>();
            if (s.lower) visitExpr(*s.lower);
            if (s.upper) visitExpr(*s.upper);
            if (s.step) visitExpr(*s.step);
            break;
        }
        case K::Name: {
            auto &n = e.as<ast::Name>();
            addDef(n.id, n.ctx == ast::Ctx::Load ? Use : DefLocal, e.pos);
            // super() (zero-argument form) needs the __class__ cell.
            if (n.ctx == ast::Ctx::Load && cur_->kind == BlockKind::Function && n.id == "super")
                addDef("__class__", Use, e.pos);
            break;
        }
        case K::List: visitExprs(e.as<ast::List>().elts); break;
        case K::Tuple: visitExprs(e.as<ast::Tuple>().elts); break;
        }
    }

    // py: symtable_raise_if_comprehension_block
    [[noreturn]] void raiseIfComprehensionBlock(const ast::Expr &e) {
        const char *what = "generator expression";
        switch (cur_->comprehension) {
        case ComprehensionKind::List: what = "list comprehension"; break;
        case ComprehensionKind::Set: what = "set comprehension"; break;
        case ComprehensionKind::Dict: what = "dict comprehension"; break;
        default: break;
        }
        error(std::string("'yield' inside ") + what, e.pos);
    }

    // py: symtable_handle_namedexpr
    void handleNamedExpr(const ast::NamedExpr &e) {
        if (cur_->compIterExpr > 0)
            error("assignment expression cannot be used in a comprehension iterable expression", e.pos);
        if (cur_->comprehension != ComprehensionKind::None) extendNamedExprScope(*e.target);
        visitExpr(*e.value);
        visitExpr(*e.target);
    }

    // py: symtable_extend_namedexpr_scope: a walrus in a comprehension binds
    // in the nearest enclosing function (or module) scope.
    void extendNamedExprScope(const ast::Expr &target) {
        const std::string &name = target.as<ast::Name>().id;
        for (size_t i = stack_.size(); i-- > 0;) {
            SymbolScope *ste = stack_[i];
            if (ste->comprehension != ComprehensionKind::None) {
                const Symbol *sym = ste->lookup(mangleName(private_, name));
                if (sym && (sym->flags & DefCompIter))
                    error("assignment expression cannot rebind comprehension iteration variable '" + name + "'",
                          target.pos);
                continue;
            }
            if (ste->kind == BlockKind::Function) {
                const Symbol *sym = ste->lookup(mangleName(private_, name));
                addDef(name, (sym && (sym->flags & DefGlobal)) ? DefGlobal : DefNonlocal, target.pos);
                recordDirective(name, target.pos);
                addDefHelper(name, DefLocal, ste, target.pos);
                return;
            }
            if (ste->kind == BlockKind::Module) {
                addDef(name, DefGlobal, target.pos);
                recordDirective(name, target.pos);
                addDefHelper(name, DefGlobal, ste, target.pos);
                return;
            }
            if (ste->kind == BlockKind::Class)
                error("assignment expression within a comprehension cannot be used in a class body", target.pos);
        }
    }

    // py: symtable_handle_comprehension
    void handleComprehension(const ast::Expr &e, const char *scopeName, const std::vector<ast::Comprehension> &gens,
                             const ast::Expr *elt, const ast::Expr *value, ComprehensionKind kind) {
        bool isGenerator = kind == ComprehensionKind::Generator;
        const ast::Comprehension &outermost = gens[0];
        // The outermost iterable is evaluated in the enclosing scope.
        cur_->compIterExpr++;
        visitExpr(*outermost.iter);
        cur_->compIterExpr--;
        enterBlock(scopeName, BlockKind::Function, &e, e.pos);
        cur_->comprehension = kind;
        if (outermost.isAsync) cur_->coroutine = true;
        // The outermost iterator arrives as the implicit argument ".0".
        addDef(".0", DefParam, e.pos);
        cur_->compIterTarget = true;
        visitExpr(*outermost.target);
        cur_->compIterTarget = false;
        visitExprs(outermost.ifs);
        for (size_t i = 1; i < gens.size(); ++i) visitComprehension(gens[i]);
        if (value) visitExpr(*value);
        visitExpr(*elt);
        cur_->generator = isGenerator;
        bool isAsync = cur_->coroutine && !isGenerator;
        bool asyncGenexp = cur_->coroutine && isGenerator;
        exitBlock();
        if (isAsync) cur_->coroutine = true;
        // py: compiler_comprehension: an async generator expression directly
        // in a module running with top-level await makes the module a coroutine.
        if (asyncGenexp && cur_ == global_ && opts_.allowTopLevelAwait) cur_->coroutine = true;
    }

    // py: symtable_visit_comprehension
    void visitComprehension(const ast::Comprehension &lc) {
        cur_->compIterTarget = true;
        visitExpr(*lc.target);
        cur_->compIterTarget = false;
        cur_->compIterExpr++;
        visitExpr(*lc.iter);
        cur_->compIterExpr--;
        visitExprs(lc.ifs);
        if (lc.isAsync) cur_->coroutine = true;
    }
};

// ------------------------------------------------------------------ analysis

namespace {

class Analyzer {
public:
    explicit Analyzer(const ast::Module &m) : m_(m) {}

    // py: analyze_block. `bound` is null for the module.
    void analyzeBlock(SymbolScope *ste, NameSet *bound, NameSet &free, NameSet &global) {
        NameSet local;
        std::unordered_map<std::string, SymScope> scopes;
        NameSet newglobal, newfree, newbound;

        // Class bindings are not visible in methods: children see the
        // enclosing function's names, computed before this block's.
        if (ste->kind == BlockKind::Class) {
            newglobal = global;
            if (bound) newbound = *bound;
        }
        for (auto &name : ste->order) analyzeName(ste, scopes, name, ste->symbols[name].flags, bound, local, free, global);

        if (ste->kind != BlockKind::Class) {
            if (ste->kind == BlockKind::Function) newbound.insert(local.begin(), local.end());
            if (bound) newbound.insert(bound->begin(), bound->end());
            newglobal.insert(global.begin(), global.end());
        } else {
            newbound.insert("__class__");  // the implicit cell methods may use
        }

        NameSet allfree;
        for (auto &child : ste->children) {
            analyzeChildBlock(child.get(), newbound, newfree, newglobal, allfree);
            if (child->free || child->childFree) ste->childFree = true;
        }
        newfree.insert(allfree.begin(), allfree.end());

        if (ste->kind == BlockKind::Function) analyzeCells(ste, scopes, newfree);
        else if (ste->kind == BlockKind::Class) dropClassFree(ste, newfree);
        updateSymbols(ste, scopes, bound, newfree, ste->kind == BlockKind::Class);
        free.insert(newfree.begin(), newfree.end());
    }

private:
    const ast::Module &m_;

    [[noreturn]] void errorAtDirective(SymbolScope *ste, const std::string &name, const std::string &msg) {
        for (auto &[n, pos] : ste->directives)
            if (n == name) throwSyntaxError(m_, msg, pos);
        throwSyntaxError(m_, msg, ste->pos);
    }

    // py: analyze_name
    void analyzeName(SymbolScope *ste, std::unordered_map<std::string, SymScope> &scopes, const std::string &name,
                     uint32_t flags, NameSet *bound, NameSet &local, NameSet &free, NameSet &global) {
        if (flags & DefGlobal) {
            if (flags & DefNonlocal) errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            scopes[name] = SymScope::GlobalExplicit;
            global.insert(name);
            if (bound) bound->erase(name);
            return;
        }
        if (flags & DefNonlocal) {
            if (!bound) errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound->count(name)) errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            scopes[name] = SymScope::Free;
            ste->free = true;
            free.insert(name);
            return;
        }
        if (flags & DefBound) {
            scopes[name] = SymScope::Local;
            local.insert(name);
            global.erase(name);
            return;
        }
        // Bound in an enclosing function: free here (a non-null bound means
        // the block is nested).
        if (bound && bound->count(name)) {
            scopes[name] = SymScope::Free;
            ste->free = true;
            free.insert(name);
            return;
        }
        if (global.count(name)) {
            scopes[name] = SymScope::GlobalImplicit;
            return;
        }
        if (ste->nested) ste->free = true;
        scopes[name] = SymScope::GlobalImplicit;
    }

    // py: analyze_child_block: the child works on copies.
    void analyzeChildBlock(SymbolScope *entry, const NameSet &bound, const NameSet &free, const NameSet &global,
                           NameSet &childFree) {
        NameSet tempBound = bound, tempFree = free, tempGlobal = global;
        analyzeBlock(entry, &tempBound, tempFree, tempGlobal);
        childFree.insert(tempFree.begin(), tempFree.end());
    }

    // py: analyze_cells: locals that children use freely become cells.
    void analyzeCells(SymbolScope *ste, std::unordered_map<std::string, SymScope> &scopes, NameSet &free) {
        for (auto &name : ste->order) {
            auto it = scopes.find(name);
            if (it == scopes.end() || it->second != SymScope::Local) continue;
            if (!free.count(name)) continue;
            it->second = SymScope::Cell;
            free.erase(name);
        }
    }

    // py: drop_class_free
    void dropClassFree(SymbolScope *ste, NameSet &free) {
        if (free.erase("__class__")) ste->needsClassClosure = true;
    }

    // py: update_symbols
    void updateSymbols(SymbolScope *ste, std::unordered_map<std::string, SymScope> &scopes, NameSet *bound,
                       const NameSet &free, bool classflag) {
        for (auto &name : ste->order) ste->symbols[name].scope = scopes[name];
        // Free variables of children not resolved here pass through: they
        // become free in this block too (sorted for a deterministic order).
        std::vector<std::string> sortedFree(free.begin(), free.end());
        std::sort(sortedFree.begin(), sortedFree.end());
        for (auto &name : sortedFree) {
            auto it = ste->symbols.find(name);
            if (it != ste->symbols.end()) {
                // A method's free variable named like a local or global of
                // the class: the class passes the outer binding through.
                if (classflag && (it->second.flags & (DefBound | DefGlobal))) it->second.flags |= DefFreeClass;
                continue;  // a cell, or already free here
            }
            if (bound && !bound->count(name)) continue;  // a global
            ste->symbols.emplace(name, Symbol{0, SymScope::Free});
            ste->order.push_back(name);
        }
    }
};

}  // namespace

std::unique_ptr<SymbolTable> SymbolTable::build(const ast::Module &module, const SymtableOptions &opts) {
    auto table = std::make_unique<SymbolTable>();
    SymtableBuilder builder(*table, module, opts);
    builder.run();
    NameSet free, global;
    Analyzer(module).analyzeBlock(table->top(), nullptr, free, global);
    return table;
}

}  // namespace ls::interp
