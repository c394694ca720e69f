// The AST parser, the match statement (Grammar/python.gram 3.11: "Match
// statement"). Patterns become ast::Pattern trees; the expressions they
// contain (value patterns, literals, classes, mapping keys) are collected
// into the case's `values`, the names they bind into its `captures`.
#include "parser_p.h"

namespace ls::parse {

using namespace ast;

namespace {

ExprPtr nameExpr(const std::string &id, Pos pos, Ctx ctx)
{
    auto n = std::make_unique<Name>();
    n->id = id;
    n->ctx = ctx;
    n->pos = pos;
    return n;
}

int addValue(MatchCase &c, ExprPtr e)
{
    c.values.push_back(std::move(e));
    return int(c.values.size()) - 1;
}

}  // namespace

int Parser::captureSlot(MatchCase &c, const std::string &name, size_t tokIndex)
{
    for (size_t i = 0; i < c.captures.size(); ++i)
        if (c.captures[i]->as<Name>().id == name)
            return int(i);
    c.captures.push_back(nameExpr(name, c_.span(toks_[tokIndex], toks_[tokIndex]), Ctx::Store));
    return int(c.captures.size()) - 1;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
StmtPtr Parser::matchStmt()
{
    size_t start = pos_++;
    auto s = std::make_unique<Match>();
    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    s->subject = starExpressions();
    expect(TokType::Colon);
    expect(TokType::Newline);
    expect(TokType::Indent);
    while (at(TokType::Name) && c_.tokenizer().text(tok()) == "case") {
        ++pos_;
        MatchCase c;
        c.pattern = patterns(c);
        if (accept(TokType::KwIf))
            c.guard = namedExpression();
        expect(TokType::Colon);
        c.body = block();
        s->cases.push_back(std::move(c));
    }
    if (s->cases.empty())
        fail();
    expect(TokType::Dedent);
    s->pos = spanFrom(start);
    return s;
}

// patterns: open_sequence_pattern | pattern
PatternPtr Parser::patterns(MatchCase &c)
{
    size_t start = pos_;
    auto first = [&]() -> PatternPtr {
        if (at(TokType::Star)) {
            size_t st = pos_++;
            auto p = std::make_unique<Pattern>();
            p->kind = PatKind::Star;
            if (!at(TokType::Name))
                fail();
            std::string n = nameText(tok());
            if (n != "_")
                p->slot = captureSlot(c, n, pos_);
            ++pos_;
            p->pos = spanFrom(st);
            return p;
        }
        return pattern(c);
    };
    PatternPtr p = first();
    if (!at(TokType::Comma)) {
        if (p->kind == PatKind::Star)
            fail();
        return p;
    }
    auto seq = std::make_unique<Pattern>();
    seq->kind = PatKind::Sequence;
    seq->patterns.push_back(std::move(p));
    while (accept(TokType::Comma)) {
        if (at(TokType::Colon) || at(TokType::KwIf))
            break;
        seq->patterns.push_back(first());
    }
    seq->pos = spanFrom(start);
    return seq;
}

// pattern: as_pattern | or_pattern
PatternPtr Parser::pattern(MatchCase &c)
{
    size_t start = pos_;
    PatternPtr p = closedPattern(c);
    if (at(TokType::VBar)) {
        auto alt = std::make_unique<Pattern>();
        alt->kind = PatKind::Or;
        alt->patterns.push_back(std::move(p));
        while (accept(TokType::VBar))
            alt->patterns.push_back(closedPattern(c));
        alt->pos = spanFrom(start);
        p = std::move(alt);
    }
    if (accept(TokType::KwAs)) {
        if (!at(TokType::Name))
            fail();
        auto as = std::make_unique<Pattern>();
        as->kind = PatKind::As;
        std::string n = nameText(tok());
        if (n == "_")
            c_.raiseRange("SyntaxError", "cannot use '_' as a target", tok().line, tok().col, tok().endLine,
                          tok().endCol);
        as->slot = captureSlot(c, n, pos_);
        ++pos_;
        as->patterns.push_back(std::move(p));
        as->pos = spanFrom(start);
        return as;
    }
    return p;
}

// '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
PatternPtr Parser::sequenceBody(MatchCase &c, TokType close, size_t start)
{
    auto seq = std::make_unique<Pattern>();
    seq->kind = PatKind::Sequence;
    while (!at(close)) {
        if (at(TokType::Star)) {
            size_t st = pos_++;
            auto p = std::make_unique<Pattern>();
            p->kind = PatKind::Star;
            if (!at(TokType::Name))
                fail();
            std::string n = nameText(tok());
            if (n != "_")
                p->slot = captureSlot(c, n, pos_);
            ++pos_;
            p->pos = spanFrom(st);
            seq->patterns.push_back(std::move(p));
        } else {
            seq->patterns.push_back(pattern(c));
        }
        if (!accept(TokType::Comma))
            break;
    }
    expect(close);
    seq->pos = spanFrom(start);
    return seq;
}

// closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
PatternPtr Parser::closedPattern(MatchCase &c)
{
    size_t start = pos_;
    auto p = std::make_unique<Pattern>();
    const Token &t = tok();
    switch (t.type) {
    case TokType::KwNone:
    case TokType::KwTrue:
    case TokType::KwFalse:
        p->kind = PatKind::Singleton;
        p->valueIndex = t.type == TokType::KwNone ? 0 : t.type == TokType::KwTrue ? 1 : 2;
        ++pos_;
        break;
    case TokType::Number:
    case TokType::Minus: {
        // signed_number ['+' | '-' NUMBER] (complex literals)
        ExprPtr e;
        if (accept(TokType::Minus)) {
            if (!at(TokType::Number))
                fail();
            auto u = std::make_unique<UnaryOp>();
            u->op = UnaryOpKind::USub;
            const Token &n = tok();
            ++pos_;
            u->operand = number(n);
            u->pos = spanFrom(start);
            e = std::move(u);
        } else {
            const Token &n = tok();
            ++pos_;
            e = number(n);
        }
        if ((at(TokType::Plus) || at(TokType::Minus)) && peekType(1) == TokType::Number) {
            auto b = std::make_unique<BinOp>();
            b->op = at(TokType::Plus) ? BinOpKind::Add : BinOpKind::Sub;
            ++pos_;
            b->left = std::move(e);
            const Token &n = tok();
            ++pos_;
            b->right = number(n);
            b->pos = spanFrom(start);
            e = std::move(b);
        }
        p->kind = PatKind::Value;
        p->valueIndex = addValue(c, std::move(e));
        break;
    }
    case TokType::String: {
        ExprPtr e = strings();
        if (e->kind == ExprKind::JoinedStr)
            c_.raiseRange("SyntaxError", "patterns may only match literals and attribute lookups", t.line, t.col,
                          lastNonWs().endLine, lastNonWs().endCol);
        p->kind = PatKind::Value;
        p->valueIndex = addValue(c, std::move(e));
        break;
    }
    case TokType::Name: {
        std::string first = nameText(t);
        ++pos_;
        if (!at(TokType::Dot) && !at(TokType::LPar)) {
            if (first == "_") {
                p->kind = PatKind::Wildcard;
            } else {
                p->kind = PatKind::Capture;
                p->slot = captureSlot(c, first, start);
            }
            break;
        }
        ExprPtr e = nameExpr(first, c_.span(t, t), Ctx::Load);
        while (accept(TokType::Dot)) {
            if (!at(TokType::Name))
                fail();
            auto a = std::make_unique<Attribute>();
            a->value = std::move(e);
            a->attr = nameText(tok());
            ++pos_;
            a->pos = spanFrom(start);
            e = std::move(a);
        }
        if (!accept(TokType::LPar)) {
            p->kind = PatKind::Value;
            p->valueIndex = addValue(c, std::move(e));
            break;
        }
        // class_pattern: name_or_attr '(' [pattern_arguments ','?] ')'
        p->kind = PatKind::Class;
        p->valueIndex = addValue(c, std::move(e));
        std::vector<PatternPtr> kwPatterns;
        while (!at(TokType::RPar)) {
            if (at(TokType::Name) && peekType(1) == TokType::Equal) {
                p->kwdNames.push_back(nameText(tok()));
                pos_ += 2;
                kwPatterns.push_back(pattern(c));
            } else {
                if (!kwPatterns.empty())
                    c_.raiseRange("SyntaxError", "positional patterns follow keyword patterns", tok().line, tok().col,
                                  tok().endLine, tok().endCol);
                p->patterns.push_back(pattern(c));
            }
            if (!accept(TokType::Comma))
                break;
        }
        expect(TokType::RPar);
        for (auto &k : kwPatterns)
            p->patterns.push_back(std::move(k));
        break;
    }
    case TokType::LPar: {
        ++pos_;
        if (at(TokType::RPar)) {
            ++pos_;
            p->kind = PatKind::Sequence;
            break;
        }
        // group_pattern '(' pattern ')' unless a comma or a star makes it a sequence
        if (!at(TokType::Star)) {
            size_t save = pos_;
            PatternPtr inner = pattern(c);
            if (accept(TokType::RPar))
                return inner;
            pos_ = save;
            // captures made by the attempt stay (the same names again)
        }
        return sequenceBody(c, TokType::RPar, start);
    }
    case TokType::LSqb:
        ++pos_;
        return sequenceBody(c, TokType::RSqb, start);
    case TokType::LBrace: {
        // mapping_pattern: '{' (key_value_pattern ',')* ['**' NAME] '}'
        ++pos_;
        p->kind = PatKind::Mapping;
        while (!at(TokType::RBrace)) {
            if (accept(TokType::DoubleStar)) {
                if (!at(TokType::Name))
                    fail();
                p->slot = captureSlot(c, nameText(tok()), pos_);
                ++pos_;
                accept(TokType::Comma);
                break;
            }
            PatternPtr key = closedPattern(c);
            if (key->kind == PatKind::Value)
                p->keyIndexes.push_back(key->valueIndex);
            else if (key->kind == PatKind::Singleton)
                p->keyIndexes.push_back(-1 - key->valueIndex);  // None/True/False keys
            else
                c_.raiseRange("SyntaxError", "mapping pattern keys may only match literals and attribute lookups",
                              toks_[start].line, toks_[start].col, lastNonWs().endLine, lastNonWs().endCol);
            expect(TokType::Colon);
            p->patterns.push_back(pattern(c));
            if (!accept(TokType::Comma))
                break;
        }
        expect(TokType::RBrace);
        break;
    }
    default:
        fail();
    }
    p->pos = spanFrom(start);
    return p;
}

}  // namespace ls::parse
