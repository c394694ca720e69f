// The PEG recognizer: Grammar/python.gram (CPython 3.11) rule by rule, for
// finding syntax errors (see parser_p.h for why there are two parsers).
//
// Each rule is a member function named after the grammar rule; it returns
// nullptr when the rule does not match (and leaves `mark_` where it found
// it) or a node. Nodes (RNode) hold only what error messages need: kind,
// CPython's position, and for targets, calls and comparisons their parts.
// Alternatives are tried in grammar order, invalid_* rules only in the
// second pass, and every token access goes through ParseContext::fetch so
// that "the last token read", where CPython puts generic errors, is the
// same token CPython read last.
#pragma once

#include "parser_p.h"

#include <deque>
#include <vector>

namespace ls::parse {

struct RNode {
    ast::ExprKind kind = ast::ExprKind::Name;
    int line = 0, col = -1, endLine = 0, endCol = -1;  // as CPython's node (byte columns)
    std::string_view name;            // Name: its text
    enum ConstKind : uint8_t { Literal, None, True, False, Ellipsis } constKind = Literal;
    ast::CmpOpKind firstOp = ast::CmpOpKind::Eq;  // Compare
    RNode *value = nullptr;           // Starred: value; Compare: left
    std::vector<RNode *> elts;        // Tuple/List: elements; Call: positional args
    bool kwUnpack = false;            // Call: some keyword is **
    uint8_t keyword = 0;              // kwargs items: 1 NAME=value, 2 **value (else positional)
    RNode *lastItem = nullptr;        // for_if_clauses: the last `if`, else the iterable
    size_t tokIndex = 0;              // nodes made from one token
};

// RAISE_SYNTAX_ERROR_INVALID_TARGET's target kinds
enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS };

// Memoized rules (pegen memoizes these, and the left-recursive ones).
enum MemoRule {
    M_simple_stmt, M_block, M_expression, M_star_expression, M_disjunction, M_conjunction, M_inversion,
    M_factor, M_await_primary, M_strings, M_arguments, M_star_target, M_target_with_star_atom, M_del_target,
    M_invalid_named_expression, M_bitwise_or, M_primary, M_t_primary, M_named_expression, M_star_named_expression,
    M_star_expressions, M_atom, M_slices, M_args, M_kwargs, M_lambda_params, M_params, M_genexp, M_listcomp,
    M_tuple, M_group, M_list, M_dict, M_set, M_setcomp, M_dictcomp, M_for_if_clauses, M_single_target,
    M_star_targets, M_yield_expr, M_expression_without_invalid, M_comparison, M_sum, M_term, M_power,
    M_shift_expr, M_bitwise_and, M_bitwise_xor, M_slice, M_kvpair, M_double_starred_kvpairs, M_lambdef,
    M_starred_expression, M_dotted_name,
};

// Errors unwind as ParseError exceptions (pegen's error_indicator).
class PegRecognizer {
public:
    PegRecognizer(ParseContext &ctx, bool fstringRule) : c_(ctx), fstringRule_(fstringRule) {}

    // One parsing pass; true if the input parsed. Errors are thrown.
    bool run(bool invalidRules);

private:
    using R = RNode *;

    // ---- tokens and bookkeeping
    const Token &peek() { return c_.fetch(size_t(mark_)); }
    const Token &tokAt(int i) const { return c_.tokens()[size_t(i)]; }
    const Token *expect(TokType t)
    {
        const Token &k = peek();
        if (k.type != t)
            return nullptr;
        ++mark_;
        return &k;
    }
    bool is(TokType t) { return peek().type == t; }
    const Token *expectSoft(const char *kw);
    R tokNode(int index);
    R name();  // NAME as a Name node
    R mk(ast::ExprKind kind, int start);
    const Token &lastNonWs() const;
    R forced(TokType t, const char *text);  // &&'x'
    bool isSoftKeyword(const Token &t) const;

    template <class F> void opt(F f)
    {
        int m = mark_;
        if (!f())
            mark_ = m;
    }
    template <class F> bool lookahead(F f)
    {
        int m = mark_;
        bool r = bool(f());
        mark_ = m;
        return r;
    }
    // e* : how many matched
    template <class F> int loop0(F f)
    {
        int n = 0;
        while (true) {
            int m = mark_;
            if (!f()) {
                mark_ = m;
                return n;
            }
            ++n;
        }
    }
    // sep.e+ : elements collected into `out`; false when none.
    template <class F> bool gather(TokType sep, F f, std::vector<R> *out = nullptr)
    {
        R first = f();
        if (!first)
            return false;
        if (out)
            out->push_back(first);
        while (true) {
            int m = mark_;
            if (!expect(sep)) {
                mark_ = m;
                return true;
            }
            R e = f();
            if (!e) {
                mark_ = m;
                return true;
            }
            if (out)
                out->push_back(e);
        }
    }

    // pegen keeps each token's memo in a short list on the token; so do we.
    struct MemoEntry {
        int rule;
        R res;
        int end;
    };
    template <class F> R memo(int rule, F f)
    {
        peek();
        if (size_t(mark_) >= memo_.size())
            memo_.resize(size_t(mark_) + 1);
        for (const MemoEntry &e : memo_[size_t(mark_)]) {
            if (e.rule == rule) {
                if (e.res)
                    mark_ = e.end;
                return e.res;
            }
        }
        int start = mark_;
        R r = f();
        if (!r)
            mark_ = start;
        memo_[size_t(start)].push_back(MemoEntry{rule, r, mark_});
        return r;
    }

    // ---- errors (pegen.h RAISE_* macros)
    [[noreturn]] void raiseAt(R a, const std::string &msg, const char *type = "SyntaxError");  // KNOWN_LOCATION
    [[noreturn]] void raiseRange(R a, R b, const std::string &msg);                            // KNOWN_RANGE
    [[noreturn]] void raiseFrom(R a, const std::string &msg);                                  // STARTING_FROM
    [[noreturn]] void raiseLast(const std::string &msg, const char *type = "SyntaxError");    // RAISE_SYNTAX_ERROR
    void raiseInvalidTarget(int targets, R e);  // RAISE_SYNTAX_ERROR_INVALID_TARGET
    static const char *exprName(const RNode *e);
    static R invalidTarget(R e, int targets);

    // ---- statements (peg_stmt.cpp)
    R file();
    R statements();
    R statement();
    R simple_stmts();
    R simple_stmt();
    R compound_stmt();
    R assignment();
    R annotated_rhs();
    R augassign();
    R return_stmt();
    R raise_stmt();
    R global_stmt();
    R nonlocal_stmt();
    R del_stmt();
    R yield_stmt();
    R assert_stmt();
    R import_stmt();
    R import_name();
    R import_from();
    R import_from_targets();
    R import_from_as_names();
    R import_from_as_name();
    R dotted_as_names();
    R dotted_as_name();
    R dotted_name();
    R block();
    R decorators();
    R class_def();
    R class_def_raw();
    R function_def();
    R function_def_raw();
    R params();
    R parameters();
    R slash_no_default();
    R slash_with_default();
    R star_etc();
    R kwds();
    R param_no_default();
    R param_no_default_star_annotation();
    R param_with_default();
    R param_maybe_default();
    R param();
    R param_star_annotation();
    R annotation();
    R star_annotation();
    R default_();
    R if_stmt();
    R elif_stmt();
    R else_block();
    R while_stmt();
    R for_stmt();
    R with_stmt();
    R with_item();
    R try_stmt();
    R except_block();
    R except_star_block();
    R finally_block();
    R match_stmt();

    // ---- expressions (peg_expr.cpp)
    R expressions();
    R expression();
    R expression_without_invalid();
    R yield_expr();
    R star_expressions();
    R star_expression();
    R star_named_expressions(std::vector<R> *out = nullptr);
    R star_named_expression();
    R assignment_expression();
    R named_expression();
    R disjunction();
    R conjunction();
    R inversion();
    R comparison();
    R compare_op_bitwise_or_pair(ast::CmpOpKind &op);
    R bitwise_or();
    R bitwise_xor();
    R bitwise_and();
    R shift_expr();
    R sum();
    R term();
    R bitwise_xorBody();
    R bitwise_andBody();
    R shift_exprBody();
    R sumBody();
    R termBody();
    R factor();
    R power();
    R await_primary();
    R primary();
    R slices();
    R slice();
    R atom();
    R group();
    R lambdef();
    R lambda_params();
    R lambda_parameters();
    R lambda_slash_no_default();
    R lambda_slash_with_default();
    R lambda_star_etc();
    R lambda_kwds();
    R lambda_param_no_default();
    R lambda_param_with_default();
    R lambda_param_maybe_default();
    R lambda_param();
    R strings();
    R list();
    R tuple();
    R set();
    R dict();
    R double_starred_kvpairs();
    R double_starred_kvpair();
    R kvpair();
    R for_if_clauses();
    R for_if_clause();
    R listcomp();
    R setcomp();
    R genexp();
    R dictcomp();
    R arguments();
    R args();
    R kwargs(std::vector<R> *out = nullptr);
    R starred_expression();
    R kwarg_or_starred();
    R kwarg_or_double_starred();
    R star_targets();
    R star_targets_list_seq();
    R star_targets_tuple_seq();
    R star_target();
    R target_with_star_atom();
    R star_atom();
    R single_target();
    R single_subscript_attribute_target();
    R t_primary();
    bool t_lookahead();
    R del_targets();
    R del_target();
    R del_t_atom();

    // ---- invalid_* rules (peg_invalid.cpp)
    R invalid_arguments();
    R invalid_kwarg();
    R invalid_legacy_expression();
    R invalid_expression();
    R invalid_named_expression();
    R invalid_assignment();
    R invalid_ann_assign_target();
    R invalid_del_stmt();
    R invalid_block();
    R invalid_comprehension();
    R invalid_dict_comprehension();
    R invalid_parameters();
    R invalid_default();
    R invalid_star_etc();
    R invalid_kwds();
    R invalid_parameters_helper();
    R invalid_lambda_parameters();
    R invalid_lambda_parameters_helper();
    R invalid_lambda_star_etc();
    R invalid_lambda_kwds();
    R invalid_with_item();
    R invalid_for_target();
    R invalid_group();
    R invalid_import_from_targets();
    R invalid_with_stmt();
    R invalid_with_stmt_indent();
    R invalid_try_stmt();
    R invalid_except_stmt();
    R invalid_finally_stmt();
    R invalid_except_stmt_indent();
    R invalid_except_star_stmt_indent();
    R invalid_if_stmt();
    R invalid_elif_stmt();
    R invalid_else_stmt();
    R invalid_while_stmt();
    R invalid_for_stmt();
    R invalid_def_raw();
    R invalid_class_def_raw();
    R invalid_double_starred_kvpairs();
    R invalid_kvpair();

    ParseContext &c_;
    bool fstringRule_;
    bool callInvalid_ = false;
    int mark_ = 0;
    int depth_ = 0;
    std::deque<RNode> nodes_;
    RNode ok_;  // "matched", for rules whose result nobody inspects
    std::vector<std::vector<MemoEntry>> memo_;  // by token index
};

}  // namespace ls::parse
