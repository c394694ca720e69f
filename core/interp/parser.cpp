// parseModule and the error plumbing shared by the two parsers.
// py: Parser/pegen.c (_PyPegen_run_parser), Parser/pegen_errors.c (3.11).
#include "parser.h"

#include "parser_p.h"
#include "unicode_util.h"

namespace ls {

namespace parse {

ParseContext::ParseContext(const Tokenizer &tz, std::string filename, const ParseContext *outer, SubSource sub)
    : tz_(tz), filename_(std::move(filename)), outer_(outer), sub_(sub)
{
    errIndex_ = tz.error() ? tz.tokens().size() - 1 : SIZE_MAX;
    const std::string &src = tz.source();
    const auto &starts = tz.lineStarts();
    asciiLine_.resize(starts.size(), 1);
    for (size_t l = 0; l < starts.size(); ++l) {
        size_t end = l + 1 < starts.size() ? starts[l + 1] : src.size();
        for (size_t i = starts[l]; i < end; ++i) {
            if (static_cast<unsigned char>(src[i]) >= 0x80) {
                asciiLine_[l] = 0;
                break;
            }
        }
    }
}

std::string ParseContext::lineText(int line) const
{
    return std::string(tz_.lineText(line));
}

int ParseContext::cpCol(int line, int byteCol) const
{
    if (byteCol < 0)
        byteCol = 0;
    if (outer_) {
        // The sub-source's first line starts at firstLineCol of the outer
        // line; later lines are whole lines of the outer source.
        return outer_->cpCol(line + sub_.lineOffset, line == 1 ? byteCol + sub_.firstLineCol : byteCol);
    }
    if (line < 1 || line > int(asciiLine_.size()) || asciiLine_[line - 1])
        return byteCol;
    return codePointCount(tz_.lineText(line), size_t(byteCol));
}

ast::Pos ParseContext::span(const Token &first, const Token &last) const
{
    ast::Pos p;
    p.line = fileLine(first.line);
    p.col = cpCol(first.line, first.col);
    p.endLine = fileLine(last.endLine);
    p.endCol = cpCol(last.endLine, last.endCol);
    return p;
}

SyntaxErrorInfo ParseContext::locate(const char *type, std::string msg, int lineno, int col, int endLineno, int endCol,
                                     int fileCol, int fileEndCol) const
{
    // py: _PyPegen_raise_error_known_location. `lineno` and the columns are
    // in this context's coordinates (sub-source lines for an f-string).
    SyntaxErrorInfo info;
    info.type = type;
    info.filename = filename_;
    info.line = fileLine(lineno);
    info.endLine = fileLine(endLineno);
    std::string text = lineText(lineno);
    if (outer_) {
        // CPython shifts first-line columns of the "(expr)" sub-parse by the
        // field's column and takes it back off here: sub-source columns,
        // the sub-source's text, no conversion to characters.
        info.msg = "f-string: " + msg;
        int shift = lineno == 1 ? 0 : -sub_.firstLineCol;
        int endShift = endLineno == 1 ? 0 : -sub_.firstLineCol;
        info.offset = col + shift;
        info.endOffset = endCol + endShift;
        info.lineText = std::move(text);
        return info;
    }
    info.msg = std::move(msg);
    // CPython converts columns against the tokenizer's buffer when the error
    // is on its current line (from the start of a multi-line token under way
    // to the end of the line, '\n' included), else against that line alone.
    std::string withNl = text;
    if (lineno >= curLine()) {
        const Token &t = lastFetched();
        const auto &starts = tz_.lineStarts();
        size_t inp = size_t(t.tokLine) < starts.size() ? starts[size_t(t.tokLine)] : tz_.source().size();
        withNl = tz_.source().substr(t.tokBuf, inp - t.tokBuf);
    }
    info.offset = byteToCharOffset(withNl, col);
    info.endOffset = endCol > 0 ? byteToCharOffset(withNl, endCol) : endCol;
    // Reading a file, CPython 3.11 leaves parser columns in UTF-8 bytes.
    if (fileCol != info.offset || fileEndCol != info.endOffset)
        info.fileOffsets = std::make_pair(fileCol, fileEndCol);
    info.lineText = std::move(text);
    return info;
}

void ParseContext::raiseKnown(const char *type, std::string msg, int lineno, int col, int endLineno, int endCol) const
{
    throw ParseError{locate(type, std::move(msg), lineno, col, endLineno, endCol, col, endCol), false};
}

void ParseContext::raiseRange(const char *type, std::string msg, int line, int col0, int endLine, int endCol0) const
{
    // py: RAISE_ERROR_KNOWN_LOCATION: 0-based columns, -1 stays "unknown" (0).
    raiseKnown(type, std::move(msg), line, col0 + 1, endLine, endCol0 + 1);
}

void ParseContext::raiseAtLast(const char *type, std::string msg) const
{
    // py: _PyPegen_raise_error: the last token pulled from the tokenizer; a
    // token without text (INDENT, DEDENT, ENDMARKER) places the error at
    // the tokenizer's current position.
    if (fill_ == 0)
        raiseKnown(type, std::move(msg), 0, 0, 0, -1);
    const Token &t = lastFetched();
    int col, fileCol;
    if (t.col == -1) {
        col = t.tokCol;
        fileCol = t.curAtBufStart ? 0 : t.tokCol;
    } else {
        col = fileCol = t.col + 1;
    }
    int endCol = t.endCol != -1 ? t.endCol + 1 : -1;
    throw ParseError{locate(type, std::move(msg), t.line, col, t.endLine, endCol, fileCol, endCol), false};
}

void ParseContext::raiseTokenizerError() const
{
    const TokenizerError &e = *tz_.error();
    if (e.hard) {
        // Raised inside CPython's tokenizer: its own columns and text.
        SyntaxErrorInfo info = e.info;
        info.filename = filename_;
        info.line = fileLine(info.line);
        info.endLine = fileLine(info.endLine);
        throw ParseError{std::move(info), true};
    }
    const Token &t = tz_.tokens().back();
    if (e.info.offset == -1) {
        // Placed like RAISE_SYNTAX_ERROR: at the tokenizer's position.
        int fileCol = t.curAtBufStart ? 0 : t.tokCol;
        throw ParseError{locate(e.info.type.c_str(), e.info.msg, t.tokLine, t.tokCol, t.tokLine, -1, fileCol, -1), true};
    }
    throw ParseError{locate(e.info.type.c_str(), e.info.msg, e.info.line, e.info.offset, e.info.endLine,
                            e.info.endOffset, e.info.offset, e.info.endOffset),
                     true};
}

ParseError ParseContext::checkRestOfSource(ParseError err) const
{
    if (err.settled || !tz_.error())
        return err;
    const TokenizerError &e = *tz_.error();
    if (e.hard) {
        try {
            raiseTokenizerError();
        } catch (ParseError &pe) {
            return pe;
        }
    }
    int errLine = lastFetched().line;
    if (e.level != 0 && errLine > e.parenLine) {
        std::string msg = std::string("'") + e.paren + "' was never closed";
        return ParseError{locate("SyntaxError", msg, e.parenLine, e.parenCol + 1, e.parenLine, 0, e.parenCol + 1, 0),
                          false};
    }
    return err;
}

}  // namespace parse

std::unique_ptr<ast::Module> parseModule(std::string_view source, const std::string &filename)
{
    using namespace parse;
    Tokenizer tz(source);
    tz.run();
    ParseContext ctx(tz, filename, nullptr, SubSource{});
    auto mod = std::make_unique<ast::Module>();
    mod->filename = filename;
    try {
        try {
            Parser p(ctx);
            mod->body = p.parseFile();
        } catch (NoParse &) {
            ctx.setFill(0);
            diagnose(ctx, false);
        }
    } catch (ParseError &e) {
        ParseError err = ctx.checkRestOfSource(std::move(e));
        err.info.filename = filename;
        throw SyntaxErrorException(std::move(err.info));
    }
    const auto &starts = tz.lineStarts();
    const std::string &src = tz.source();
    mod->lines.reserve(starts.size());
    for (size_t l = 0; l < starts.size(); ++l) {
        size_t end = src.find('\n', starts[l]);
        mod->lines.emplace_back(src, starts[l], end - starts[l]);
    }
    return mod;
}

}  // namespace ls
