// The PEG recognizer: function parameters (params ... default) of
// Grammar/python.gram (3.11), in grammar order.
#include "peg_p.h"

namespace ls::parse {

using ast::ExprKind;

// params: invalid_parameters | parameters
RNode *PegRecognizer::params()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_parameters())
            return r;
        mark_ = m;
    }
    return parameters();
}

// parameters
RNode *PegRecognizer::parameters()
{
    int m = mark_;
    auto pnd = [&] { return param_no_default(); };
    auto pwd = [&] { return param_with_default(); };
    auto starEtc = [&] { opt([&] { return star_etc(); }); };
    // slash_no_default param_no_default* param_with_default* [star_etc]
    if (slash_no_default()) {
        loop0(pnd);
        loop0(pwd);
        starEtc();
        return &ok_;
    }
    mark_ = m;
    // slash_with_default param_with_default* [star_etc]
    if (slash_with_default()) {
        loop0(pwd);
        starEtc();
        return &ok_;
    }
    mark_ = m;
    // param_no_default+ param_with_default* [star_etc]
    if (loop0(pnd) > 0) {
        loop0(pwd);
        starEtc();
        return &ok_;
    }
    mark_ = m;
    // param_with_default+ [star_etc]
    if (loop0(pwd) > 0) {
        starEtc();
        return &ok_;
    }
    mark_ = m;
    // star_etc
    if (star_etc())
        return &ok_;
    mark_ = m;
    return nullptr;
}

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
RNode *PegRecognizer::slash_no_default()
{
    int m = mark_;
    for (int alt = 0; alt < 2; ++alt) {
        mark_ = m;
        if (loop0([&] { return param_no_default(); }) > 0 && expect(TokType::Slash)) {
            if (alt == 0 ? expect(TokType::Comma) != nullptr : lookahead([&] { return expect(TokType::RPar); }))
                return &ok_;
        }
    }
    mark_ = m;
    return nullptr;
}

// slash_with_default: param_no_default* param_with_default+ '/' (',' | &')')
RNode *PegRecognizer::slash_with_default()
{
    int m = mark_;
    for (int alt = 0; alt < 2; ++alt) {
        mark_ = m;
        loop0([&] { return param_no_default(); });
        if (loop0([&] { return param_with_default(); }) > 0 && expect(TokType::Slash)) {
            if (alt == 0 ? expect(TokType::Comma) != nullptr : lookahead([&] { return expect(TokType::RPar); }))
                return &ok_;
        }
    }
    mark_ = m;
    return nullptr;
}

// star_etc
RNode *PegRecognizer::star_etc()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_star_etc())
            return r;
        mark_ = m;
    }
    auto rest = [&] {
        loop0([&] { return param_maybe_default(); });
        opt([&] { return kwds(); });
    };
    // '*' param_no_default param_maybe_default* [kwds]
    if (expect(TokType::Star) && param_no_default()) {
        rest();
        return &ok_;
    }
    mark_ = m;
    // '*' param_no_default_star_annotation param_maybe_default* [kwds]
    if (expect(TokType::Star) && param_no_default_star_annotation()) {
        rest();
        return &ok_;
    }
    mark_ = m;
    // '*' ',' param_maybe_default+ [kwds]
    if (expect(TokType::Star) && expect(TokType::Comma) && loop0([&] { return param_maybe_default(); }) > 0) {
        opt([&] { return kwds(); });
        return &ok_;
    }
    mark_ = m;
    // kwds
    if (kwds())
        return &ok_;
    mark_ = m;
    return nullptr;
}

// kwds: invalid_kwds | '**' param_no_default
RNode *PegRecognizer::kwds()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_kwds())
            return r;
        mark_ = m;
    }
    if (expect(TokType::DoubleStar) && param_no_default())
        return &ok_;
    mark_ = m;
    return nullptr;
}

// The four param_* rules: the parameter, then ',' [TYPE_COMMENT] or &')'.
RNode *PegRecognizer::param_no_default()
{
    int m = mark_;
    R p = param();
    if (p && expect(TokType::Comma)) {
        peek();  // TYPE_COMMENT?
        return p;
    }
    mark_ = m;
    p = param();
    if (p && lookahead([&] { return expect(TokType::RPar); }))
        return p;
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::param_no_default_star_annotation()
{
    int m = mark_;
    R p = param_star_annotation();
    if (p && expect(TokType::Comma)) {
        peek();
        return p;
    }
    mark_ = m;
    p = param_star_annotation();
    if (p && lookahead([&] { return expect(TokType::RPar); }))
        return p;
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::param_with_default()
{
    int m = mark_;
    R p = param();
    if (p && default_() && expect(TokType::Comma)) {
        peek();
        return p;
    }
    mark_ = m;
    p = param();
    if (p && default_() && lookahead([&] { return expect(TokType::RPar); }))
        return p;
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::param_maybe_default()
{
    int m = mark_;
    R p = param();
    if (p) {
        opt([&] { return default_(); });
        if (expect(TokType::Comma)) {
            peek();
            return p;
        }
    }
    mark_ = m;
    p = param();
    if (p) {
        opt([&] { return default_(); });
        if (lookahead([&] { return expect(TokType::RPar); }))
            return p;
    }
    mark_ = m;
    return nullptr;
}

// param: NAME annotation?
RNode *PegRecognizer::param()
{
    int start = mark_;
    if (!expect(TokType::Name))
        return nullptr;
    opt([&] { return annotation(); });
    return mk(ExprKind::Name, start);
}

// param_star_annotation: NAME star_annotation
RNode *PegRecognizer::param_star_annotation()
{
    int start = mark_;
    if (expect(TokType::Name) && star_annotation())
        return mk(ExprKind::Name, start);
    mark_ = start;
    return nullptr;
}

RNode *PegRecognizer::annotation()
{
    int m = mark_;
    if (expect(TokType::Colon) && expression())
        return &ok_;
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::star_annotation()
{
    int m = mark_;
    if (expect(TokType::Colon) && star_expression())
        return &ok_;
    mark_ = m;
    return nullptr;
}

// default: '=' expression | invalid_default
RNode *PegRecognizer::default_()
{
    int m = mark_;
    if (expect(TokType::Equal) && expression())
        return &ok_;
    mark_ = m;
    if (callInvalid_) {
        if (R r = invalid_default())
            return r;
        mark_ = m;
    }
    return nullptr;
}

}  // namespace ls::parse
