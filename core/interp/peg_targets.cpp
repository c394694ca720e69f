// The PEG recognizer: assignment and del targets of Grammar/python.gram
// (3.11), in grammar order. t_primary is left-recursive: a loop.
#include "peg_p.h"

namespace ls::parse {

using ast::ExprKind;

// star_targets: star_target !',' | star_target (',' star_target)* [',']
RNode *PegRecognizer::star_targets()
{
    int m = mark_;
    R a = star_target();
    if (!a)
        return nullptr;
    if (!lookahead([&] { return expect(TokType::Comma); }))
        return a;
    loop0([&] { return expect(TokType::Comma) && star_target(); });
    opt([&] { return expect(TokType::Comma); });
    return mk(ExprKind::Tuple, m);
}

// star_targets_list_seq: ','.star_target+ [',']
RNode *PegRecognizer::star_targets_list_seq()
{
    if (!gather(TokType::Comma, [&] { return star_target(); }))
        return nullptr;
    opt([&] { return expect(TokType::Comma); });
    return &ok_;
}

// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
RNode *PegRecognizer::star_targets_tuple_seq()
{
    int m = mark_;
    if (star_target() && loop0([&] { return expect(TokType::Comma) && star_target(); }) > 0) {
        opt([&] { return expect(TokType::Comma); });
        return &ok_;
    }
    mark_ = m;
    if (star_target() && expect(TokType::Comma))
        return &ok_;
    mark_ = m;
    return nullptr;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
RNode *PegRecognizer::star_target()
{
    return memo(M_star_target, [&]() -> R {
        int m = mark_;
        if (expect(TokType::Star) && !lookahead([&] { return expect(TokType::Star); })) {
            if (star_target())
                return mk(ExprKind::Starred, m);
        }
        mark_ = m;
        return target_with_star_atom();
    });
}

// target_with_star_atom (memo): t_primary '.' NAME !t_lookahead
//     | t_primary '[' slices ']' !t_lookahead | star_atom
RNode *PegRecognizer::target_with_star_atom()
{
    return memo(M_target_with_star_atom, [&]() -> R {
        int m = mark_;
        if (t_primary() && expect(TokType::Dot) && name() && !lookahead([&] { return t_lookahead(); }))
            return mk(ExprKind::Attribute, m);
        mark_ = m;
        if (t_primary() && expect(TokType::LSqb) && slices() && expect(TokType::RSqb) &&
            !lookahead([&] { return t_lookahead(); }))
            return mk(ExprKind::Subscript, m);
        mark_ = m;
        return star_atom();
    });
}

// star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
//          | '[' [star_targets_list_seq] ']'
RNode *PegRecognizer::star_atom()
{
    int m = mark_;
    if (R n = name())
        return n;
    if (expect(TokType::LPar)) {
        R a = target_with_star_atom();
        if (a && expect(TokType::RPar))
            return a;
    }
    mark_ = m;
    if (expect(TokType::LPar)) {
        opt([&] { return star_targets_tuple_seq(); });
        if (expect(TokType::RPar))
            return mk(ExprKind::Tuple, m);
    }
    mark_ = m;
    if (expect(TokType::LSqb)) {
        opt([&] { return star_targets_list_seq(); });
        if (expect(TokType::RSqb))
            return mk(ExprKind::List, m);
    }
    mark_ = m;
    return nullptr;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
RNode *PegRecognizer::single_target()
{
    int m = mark_;
    if (R r = single_subscript_attribute_target())
        return r;
    mark_ = m;
    if (R n = name())
        return n;
    if (expect(TokType::LPar)) {
        R a = single_target();
        if (a && expect(TokType::RPar))
            return a;
    }
    mark_ = m;
    return nullptr;
}

// single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
RNode *PegRecognizer::single_subscript_attribute_target()
{
    int m = mark_;
    if (t_primary() && expect(TokType::Dot) && name() && !lookahead([&] { return t_lookahead(); }))
        return mk(ExprKind::Attribute, m);
    mark_ = m;
    if (t_primary() && expect(TokType::LSqb) && slices() && expect(TokType::RSqb) &&
        !lookahead([&] { return t_lookahead(); }))
        return mk(ExprKind::Subscript, m);
    mark_ = m;
    return nullptr;
}

// t_primary: t_primary ('.' NAME | '[' slices ']' | genexp | '(' [arguments] ')') &t_lookahead
//          | atom &t_lookahead
RNode *PegRecognizer::t_primary()
{
    return memo(M_t_primary, [&]() -> R {
        int m = mark_;
        R a = atom();
        if (!a || !lookahead([&] { return t_lookahead(); })) {
            mark_ = m;
            return nullptr;
        }
        while (true) {
            int m2 = mark_;
            if (expect(TokType::Dot) && name() && lookahead([&] { return t_lookahead(); })) {
                a = mk(ExprKind::Attribute, m);
                continue;
            }
            mark_ = m2;
            if (expect(TokType::LSqb) && slices() && expect(TokType::RSqb) && lookahead([&] { return t_lookahead(); })) {
                a = mk(ExprKind::Subscript, m);
                continue;
            }
            mark_ = m2;
            if (genexp() && lookahead([&] { return t_lookahead(); })) {
                a = mk(ExprKind::Call, m);
                continue;
            }
            mark_ = m2;
            if (expect(TokType::LPar)) {
                opt([&] { return arguments(); });
                if (expect(TokType::RPar) && lookahead([&] { return t_lookahead(); })) {
                    a = mk(ExprKind::Call, m);
                    continue;
                }
            }
            mark_ = m2;
            return a;
        }
    });
}

// t_lookahead: '(' | '[' | '.'
bool PegRecognizer::t_lookahead()
{
    TokType t = peek().type;
    if (t == TokType::LPar || t == TokType::LSqb || t == TokType::Dot) {
        ++mark_;
        return true;
    }
    return false;
}

// del_targets: ','.del_target+ [',']
RNode *PegRecognizer::del_targets()
{
    if (!gather(TokType::Comma, [&] { return del_target(); }))
        return nullptr;
    opt([&] { return expect(TokType::Comma); });
    return &ok_;
}

// del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
RNode *PegRecognizer::del_target()
{
    return memo(M_del_target, [&]() -> R {
        int m = mark_;
        if (t_primary() && expect(TokType::Dot) && name() && !lookahead([&] { return t_lookahead(); }))
            return mk(ExprKind::Attribute, m);
        mark_ = m;
        if (t_primary() && expect(TokType::LSqb) && slices() && expect(TokType::RSqb) &&
            !lookahead([&] { return t_lookahead(); }))
            return mk(ExprKind::Subscript, m);
        mark_ = m;
        return del_t_atom();
    });
}

// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
RNode *PegRecognizer::del_t_atom()
{
    int m = mark_;
    if (R n = name())
        return n;
    if (expect(TokType::LPar)) {
        R a = del_target();
        if (a && expect(TokType::RPar))
            return a;
    }
    mark_ = m;
    if (expect(TokType::LPar)) {
        opt([&] { return del_targets(); });
        if (expect(TokType::RPar))
            return mk(ExprKind::Tuple, m);
    }
    mark_ = m;
    if (expect(TokType::LSqb)) {
        opt([&] { return del_targets(); });
        if (expect(TokType::RSqb))
            return mk(ExprKind::List, m);
    }
    mark_ = m;
    return nullptr;
}

}  // namespace ls::parse
