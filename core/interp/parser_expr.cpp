// The AST parser, expressions. Each function accepts what the grammar rule
// of the same name accepts (Grammar/python.gram, 3.11) and builds the node
// CPython's action builds, with the same positions: a node spans the tokens
// its rule consumed, so `(a) + b` starts at the parenthesis while its left
// operand starts at `a`.
#include "parser_p.h"

#include "unicode_util.h"

#include <QString>

#include <charconv>
#include <cmath>

namespace ls::parse {

using namespace ast;

namespace {

// Deeper nesting than this is refused instead of risking the C++ stack
// (CPython's own parser gives up at 6000 levels; its compiler at ~3000).
constexpr int kMaxDepth = 3000;

struct DepthGuard {
    int &d;
    explicit DepthGuard(int &depth) : d(depth)
    {
        if (++d > kMaxDepth) {
            --d;
            SyntaxErrorInfo info;
            info.type = "RecursionError";
            info.msg = "maximum recursion depth exceeded during compilation";
            throw ParseError{std::move(info), true};
        }
    }
    ~DepthGuard() { --d; }
};

bool startsAtom(TokType t)
{
    switch (t) {
    case TokType::Name: case TokType::Number: case TokType::String:
    case TokType::LPar: case TokType::LSqb: case TokType::LBrace:
    case TokType::Ellipsis: case TokType::KwTrue: case TokType::KwFalse: case TokType::KwNone:
        return true;
    default:
        return false;
    }
}

// Can `t` begin a star_expression / named_expression / slice bound?
bool startsExpr(TokType t)
{
    if (startsAtom(t))
        return true;
    switch (t) {
    case TokType::Minus: case TokType::Plus: case TokType::Tilde: case TokType::KwNot:
    case TokType::KwLambda: case TokType::KwAwait: case TokType::Star:
        return true;
    default:
        return false;
    }
}

template <class T> std::unique_ptr<T> make(const Pos &p)
{
    auto n = std::make_unique<T>();
    n->pos = p;
    return n;
}

}  // namespace

std::string Parser::nameText(const Token &t)
{
    std::string_view s = c_.tokenizer().text(t);
    for (char ch : s) {
        if (static_cast<unsigned char>(ch) >= 0x80) {
            // py: _PyPegen_new_identifier: non-ASCII names are NFKC-normalised.
            QString q = QString::fromUtf8(s.data(), qsizetype(s.size())).normalized(QString::NormalizationForm_KC);
            return q.toStdString();
        }
    }
    return std::string(s);
}

const Token &Parser::lastNonWs()
{
    for (size_t m = pos_; m-- > 0;) {
        TokType t = toks_[m].type;
        if (t != TokType::EndMarker && t != TokType::Newline && t != TokType::Indent && t != TokType::Dedent)
            return toks_[m];
    }
    return toks_[0];
}

Pos Parser::spanFrom(size_t startTok)
{
    return c_.span(toks_[startTok], lastNonWs());
}

// star_expressions: star_expression (',' star_expression)* [','] (Tuple when a comma)
ExprPtr Parser::starExpressions()
{
    size_t start = pos_;
    ExprPtr first = starExpression();
    if (!at(TokType::Comma))
        return first;
    auto t = std::make_unique<Tuple>();
    t->elts.push_back(std::move(first));
    while (accept(TokType::Comma)) {
        if (!startsExpr(type()))
            break;
        t->elts.push_back(starExpression());
    }
    t->pos = spanFrom(start);
    return t;
}

// star_expression: '*' bitwise_or | expression
ExprPtr Parser::starExpression()
{
    if (!at(TokType::Star))
        return expression();
    size_t start = pos_++;
    auto s = std::make_unique<Starred>();
    s->value = bitwiseOr();
    s->pos = spanFrom(start);
    return s;
}

// star_named_expression: '*' bitwise_or | named_expression
ExprPtr Parser::starNamedExpression()
{
    return at(TokType::Star) ? starExpression() : namedExpression();
}

// named_expression: NAME ':=' expression | expression !':='
ExprPtr Parser::namedExpression()
{
    if (at(TokType::Name) && peekType(1) == TokType::ColonEqual) {
        size_t start = pos_;
        auto target = std::make_unique<Name>();
        target->pos = c_.span(tok(), tok());
        target->id = nameText(tok());
        target->ctx = Ctx::Store;
        pos_ += 2;
        auto n = std::make_unique<NamedExpr>();
        n->target = std::move(target);
        n->value = expression();
        n->pos = spanFrom(start);
        return n;
    }
    ExprPtr e = expression();
    if (at(TokType::ColonEqual))
        fail();
    return e;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
ExprPtr Parser::expression()
{
    DepthGuard g(depth_);
    if (at(TokType::KwLambda))
        return lambdef();
    size_t start = pos_;
    ExprPtr body = disjunction();
    if (!accept(TokType::KwIf))
        return body;
    auto n = std::make_unique<IfExp>();
    n->body = std::move(body);
    n->test = disjunction();
    expect(TokType::KwElse);
    n->orelse = expression();
    n->pos = spanFrom(start);
    return n;
}

// lambdef: 'lambda' [lambda_params] ':' expression
ExprPtr Parser::lambdef()
{
    size_t start = pos_++;
    auto n = std::make_unique<Lambda>();
    params(n->args, true);
    expect(TokType::Colon);
    n->body = expression();
    n->pos = spanFrom(start);
    return n;
}

ExprPtr Parser::disjunction()
{
    size_t start = pos_;
    ExprPtr first = conjunction();
    if (!at(TokType::KwOr))
        return first;
    auto n = std::make_unique<BoolOp>();
    n->op = BoolOpKind::Or;
    n->values.push_back(std::move(first));
    while (accept(TokType::KwOr))
        n->values.push_back(conjunction());
    n->pos = spanFrom(start);
    return n;
}

ExprPtr Parser::conjunction()
{
    size_t start = pos_;
    ExprPtr first = inversion();
    if (!at(TokType::KwAnd))
        return first;
    auto n = std::make_unique<BoolOp>();
    n->op = BoolOpKind::And;
    n->values.push_back(std::move(first));
    while (accept(TokType::KwAnd))
        n->values.push_back(inversion());
    n->pos = spanFrom(start);
    return n;
}

ExprPtr Parser::inversion()
{
    if (!at(TokType::KwNot))
        return comparison();
    DepthGuard g(depth_);
    size_t start = pos_++;
    auto n = std::make_unique<UnaryOp>();
    n->op = UnaryOpKind::Not;
    n->operand = inversion();
    n->pos = spanFrom(start);
    return n;
}

ExprPtr Parser::comparison()
{
    size_t start = pos_;
    ExprPtr left = bitwiseOr();
    std::unique_ptr<Compare> n;
    while (true) {
        CmpOpKind op;
        size_t width = 1;
        switch (type()) {
        case TokType::EqEqual: op = CmpOpKind::Eq; break;
        case TokType::NotEqual:
            if (c_.tokenizer().text(tok()) != "!=")  // "<>" is Barry-as-FLUFL only
                goto done;
            op = CmpOpKind::NotEq;
            break;
        case TokType::LessEqual: op = CmpOpKind::LtE; break;
        case TokType::Less: op = CmpOpKind::Lt; break;
        case TokType::GreaterEqual: op = CmpOpKind::GtE; break;
        case TokType::Greater: op = CmpOpKind::Gt; break;
        case TokType::KwIn: op = CmpOpKind::In; break;
        case TokType::KwNot:
            if (peekType(1) != TokType::KwIn)
                goto done;
            op = CmpOpKind::NotIn;
            width = 2;
            break;
        case TokType::KwIs:
            if (peekType(1) == TokType::KwNot) {
                op = CmpOpKind::IsNot;
                width = 2;
            } else {
                op = CmpOpKind::Is;
            }
            break;
        default:
            goto done;
        }
        pos_ += width;
        if (!n) {
            n = std::make_unique<Compare>();
            n->left = std::move(left);
        }
        n->ops.push_back(op);
        n->comparators.push_back(bitwiseOr());
    }
done:
    if (!n)
        return left;
    n->pos = spanFrom(start);
    return n;
}

#define LS_BINARY_LEVEL(NAME, NEXT, CASES)                        \
    ExprPtr Parser::NAME()                                        \
    {                                                             \
        size_t start = pos_;                                      \
        ExprPtr left = NEXT();                                    \
        while (true) {                                            \
            BinOpKind op;                                         \
            switch (type()) {                                     \
                CASES                                             \
            default:                                              \
                return left;                                      \
            }                                                     \
            ++pos_;                                               \
            auto n = std::make_unique<BinOp>();                   \
            n->left = std::move(left);                            \
            n->op = op;                                           \
            n->right = NEXT();                                    \
            n->pos = spanFrom(start);                             \
            left = std::move(n);                                  \
        }                                                         \
    }

LS_BINARY_LEVEL(bitwiseOr, bitwiseXor, case TokType::VBar : op = BinOpKind::BitOr; break;)
LS_BINARY_LEVEL(bitwiseXor, bitwiseAnd, case TokType::Circumflex : op = BinOpKind::BitXor; break;)
LS_BINARY_LEVEL(bitwiseAnd, shiftExpr, case TokType::Amper : op = BinOpKind::BitAnd; break;)
LS_BINARY_LEVEL(shiftExpr, sum, case TokType::LeftShift : op = BinOpKind::LShift; break;
                case TokType::RightShift : op = BinOpKind::RShift; break;)
LS_BINARY_LEVEL(sum, term, case TokType::Plus : op = BinOpKind::Add; break;
                case TokType::Minus : op = BinOpKind::Sub; break;)
LS_BINARY_LEVEL(term, factor, case TokType::Star : op = BinOpKind::Mult; break;
                case TokType::Slash : op = BinOpKind::Div; break;
                case TokType::DoubleSlash : op = BinOpKind::FloorDiv; break;
                case TokType::Percent : op = BinOpKind::Mod; break;
                case TokType::At : op = BinOpKind::MatMult; break;)

#undef LS_BINARY_LEVEL

// factor: ('+' | '-' | '~') factor | power
ExprPtr Parser::factor()
{
    UnaryOpKind op;
    switch (type()) {
    case TokType::Plus: op = UnaryOpKind::UAdd; break;
    case TokType::Minus: op = UnaryOpKind::USub; break;
    case TokType::Tilde: op = UnaryOpKind::Invert; break;
    default:
        return power();
    }
    DepthGuard g(depth_);
    size_t start = pos_++;
    auto n = std::make_unique<UnaryOp>();
    n->op = op;
    n->operand = factor();
    n->pos = spanFrom(start);
    return n;
}

// power: await_primary '**' factor | await_primary
ExprPtr Parser::power()
{
    size_t start = pos_;
    ExprPtr base = awaitPrimary();
    if (!accept(TokType::DoubleStar))
        return base;
    auto n = std::make_unique<BinOp>();
    n->left = std::move(base);
    n->op = BinOpKind::Pow;
    n->right = factor();
    n->pos = spanFrom(start);
    return n;
}

// await_primary: AWAIT primary | primary
ExprPtr Parser::awaitPrimary()
{
    if (!at(TokType::KwAwait))
        return primary();
    size_t start = pos_++;
    auto n = std::make_unique<Await>();
    n->value = primary();
    n->pos = spanFrom(start);
    return n;
}

// primary: atom followed by '.' NAME, '(' arguments ')', genexp or '[' slices ']'
ExprPtr Parser::primary()
{
    size_t start = pos_;
    ExprPtr e = atom();
    while (true) {
        switch (type()) {
        case TokType::Dot: {
            ++pos_;
            if (!at(TokType::Name))
                fail();
            auto n = std::make_unique<Attribute>();
            n->value = std::move(e);
            n->attr = nameText(tok());
            ++pos_;
            n->pos = spanFrom(start);
            e = std::move(n);
            break;
        }
        case TokType::LPar: {
            auto n = std::make_unique<Call>();
            n->func = std::move(e);
            callArguments(n->args, n->keywords, true);
            n->pos = spanFrom(start);
            e = std::move(n);
            break;
        }
        case TokType::LSqb: {
            ++pos_;
            auto n = std::make_unique<Subscript>();
            n->value = std::move(e);
            n->slice = slices();
            expect(TokType::RSqb);
            n->pos = spanFrom(start);
            e = std::move(n);
            break;
        }
        default:
            return e;
        }
    }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
ExprPtr Parser::slices()
{
    size_t start = pos_;
    auto item = [this]() -> ExprPtr {
        if (!at(TokType::Star))
            return slice();
        size_t s = pos_++;
        auto st = std::make_unique<Starred>();
        st->value = expression();
        st->pos = spanFrom(s);
        return st;
    };
    ExprPtr first = item();
    if (!at(TokType::Comma) && first->kind != ExprKind::Starred)
        return first;
    auto t = std::make_unique<Tuple>();
    t->elts.push_back(std::move(first));
    while (accept(TokType::Comma)) {
        if (!startsExpr(type()) && !at(TokType::Colon))
            break;
        t->elts.push_back(item());
    }
    t->pos = spanFrom(start);
    return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
ExprPtr Parser::slice()
{
    size_t start = pos_;
    ExprPtr lower;
    if (!at(TokType::Colon)) {
        if (at(TokType::Name) && peekType(1) == TokType::ColonEqual)
            return namedExpression();
        lower = expression();
        if (at(TokType::ColonEqual))
            fail();
        if (!at(TokType::Colon))
            return lower;
    }
    ++pos_;  // ':'
    auto s = std::make_unique<Slice>();
    s->lower = std::move(lower);
    if (startsExpr(type()) && !at(TokType::Star))
        s->upper = expression();
    if (accept(TokType::Colon)) {
        if (startsExpr(type()) && !at(TokType::Star))
            s->step = expression();
    }
    s->pos = spanFrom(start);
    return s;
}

ExprPtr Parser::atom()
{
    const Token &t = tok();
    switch (t.type) {
    case TokType::Name: {
        auto n = make<Name>(c_.span(t, t));
        n->id = nameText(t);
        ++pos_;
        return n;
    }
    case TokType::KwTrue:
    case TokType::KwFalse:
    case TokType::KwNone:
    case TokType::Ellipsis: {
        auto n = make<Constant>(c_.span(t, t));
        if (t.type == TokType::KwTrue)
            n->value = true;
        else if (t.type == TokType::KwFalse)
            n->value = false;
        else if (t.type == TokType::Ellipsis)
            n->value = ast::Ellipsis{};
        ++pos_;
        return n;
    }
    case TokType::Number:
        ++pos_;
        return number(t);
    case TokType::String:
        return strings();
    case TokType::LPar:
        return parenAtom();
    case TokType::LSqb:
        return listAtom();
    case TokType::LBrace:
        return braceAtom();
    default:
        fail();
    }
}

// tuple | group | genexp
ExprPtr Parser::parenAtom()
{
    DepthGuard g(depth_);
    size_t start = pos_++;
    if (accept(TokType::RPar))
        return node<Tuple>(start);
    if (at(TokType::KwYield)) {
        ExprPtr y = yieldExpr();
        expect(TokType::RPar);
        return y;
    }
    ExprPtr first;
    if (at(TokType::Star)) {
        first = starExpression();
        if (!at(TokType::Comma))
            fail();
    } else {
        first = namedExpression();
        if (atComprehension()) {
            auto g2 = std::make_unique<GeneratorExp>();
            g2->elt = std::move(first);
            forIfClauses(g2->generators);
            expect(TokType::RPar);
            g2->pos = spanFrom(start);
            return g2;
        }
        if (accept(TokType::RPar))
            return first;  // a group keeps its contents' position
    }
    expect(TokType::Comma);
    auto t = std::make_unique<Tuple>();
    t->elts.push_back(std::move(first));
    while (!at(TokType::RPar)) {
        t->elts.push_back(starNamedExpression());
        if (!accept(TokType::Comma))
            break;
    }
    expect(TokType::RPar);
    t->pos = spanFrom(start);
    return t;
}

// list | listcomp
ExprPtr Parser::listAtom()
{
    DepthGuard g(depth_);
    size_t start = pos_++;
    if (accept(TokType::RSqb))
        return node<List>(start);
    ExprPtr first = starNamedExpression();
    if (first->kind != ExprKind::Starred && atComprehension()) {
        auto lc = std::make_unique<ListComp>();
        lc->elt = std::move(first);
        forIfClauses(lc->generators);
        expect(TokType::RSqb);
        lc->pos = spanFrom(start);
        return lc;
    }
    auto l = std::make_unique<List>();
    l->elts.push_back(std::move(first));
    while (accept(TokType::Comma)) {
        if (at(TokType::RSqb))
            break;
        l->elts.push_back(starNamedExpression());
    }
    expect(TokType::RSqb);
    l->pos = spanFrom(start);
    return l;
}

// dict | set | dictcomp | setcomp
ExprPtr Parser::braceAtom()
{
    DepthGuard g(depth_);
    size_t start = pos_++;
    if (accept(TokType::RBrace))
        return node<Dict>(start);
    auto d = std::make_unique<Dict>();
    auto dictItem = [&] {
        if (accept(TokType::DoubleStar)) {
            d->keys.push_back(nullptr);
            d->values.push_back(bitwiseOr());
        } else {
            d->keys.push_back(expression());
            expect(TokType::Colon);
            d->values.push_back(expression());
        }
    };
    if (at(TokType::DoubleStar)) {
        dictItem();
    } else {
        // A set element may be starred or a walrus; a dict key is an expression.
        bool plain = !at(TokType::Star) && !(at(TokType::Name) && peekType(1) == TokType::ColonEqual);
        ExprPtr first = plain ? expression() : starNamedExpression();
        if (plain && accept(TokType::Colon)) {
            d->keys.push_back(std::move(first));
            d->values.push_back(expression());
            if (atComprehension()) {
                auto dc = std::make_unique<DictComp>();
                dc->key = std::move(d->keys[0]);
                dc->value = std::move(d->values[0]);
                forIfClauses(dc->generators);
                expect(TokType::RBrace);
                dc->pos = spanFrom(start);
                return dc;
            }
        } else {
            if (plain && at(TokType::ColonEqual))
                fail();
            if (first->kind != ExprKind::Starred && atComprehension()) {
                auto sc = std::make_unique<SetComp>();
                sc->elt = std::move(first);
                forIfClauses(sc->generators);
                expect(TokType::RBrace);
                sc->pos = spanFrom(start);
                return sc;
            }
            auto s = std::make_unique<Set>();
            s->elts.push_back(std::move(first));
            while (accept(TokType::Comma)) {
                if (at(TokType::RBrace))
                    break;
                s->elts.push_back(starNamedExpression());
            }
            expect(TokType::RBrace);
            s->pos = spanFrom(start);
            return s;
        }
    }
    while (accept(TokType::Comma)) {
        if (at(TokType::RBrace))
            break;
        dictItem();
    }
    expect(TokType::RBrace);
    d->pos = spanFrom(start);
    return d;
}

bool Parser::atComprehension()
{
    return at(TokType::KwFor) || (at(TokType::KwAsync) && peekType(1) == TokType::KwFor);
}

// for_if_clauses: (ASYNC? 'for' star_targets 'in' disjunction ('if' disjunction)*)+
void Parser::forIfClauses(std::vector<Comprehension> &out)
{
    while (atComprehension()) {
        Comprehension c;
        c.isAsync = accept(TokType::KwAsync);
        expect(TokType::KwFor);
        c.target = starTargets();
        expect(TokType::KwIn);
        c.iter = disjunction();
        while (accept(TokType::KwIf))
            c.ifs.push_back(disjunction());
        out.push_back(std::move(c));
    }
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
ExprPtr Parser::yieldExpr()
{
    size_t start = pos_++;
    if (accept(TokType::KwFrom)) {
        auto n = std::make_unique<YieldFrom>();
        n->value = expression();
        n->pos = spanFrom(start);
        return n;
    }
    auto n = std::make_unique<Yield>();
    if (startsExpr(type()))
        n->value = starExpressions();
    n->pos = spanFrom(start);
    return n;
}

}  // namespace ls::parse
