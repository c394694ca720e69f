// Developer driver for tools/parser_diff.py (not part of the build):
//     parser_dump FILE            JSON: {"ast", "attrs"} or {"err", "file", "fmt"}
//     parser_dump --batch         the same for each path read from stdin
// Build it with tools/parser_diff.py --build.
#include "interp/parser.h"
#include "interp/ast_dump.h"
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <iostream>
static std::string js(const std::string &s) {
    std::string o = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') { o += '\\'; o += char(c); }
        else if (c < 0x20) { char b[8]; snprintf(b, 8, "\\u%04x", c); o += b; }
        else o += char(c);
    }
    return o + "\"";
}
static std::string one(const std::string &path, bool attrs) {
    std::ifstream f(path, std::ios::binary); std::stringstream ss; ss << f.rdbuf();
    try {
        auto m = ls::parseModule(ss.str(), "x.py");
        return "{\"ast\":" + js(ls::dumpAst(*m, false)) + (attrs ? ",\"attrs\":" + js(ls::dumpAst(*m, true)) : "") + "}";
    } catch (ls::SyntaxErrorException &e) {
        auto &i = e.info;
        int fo = i.fileOffsets ? i.fileOffsets->first : i.offset, fe = i.fileOffsets ? i.fileOffsets->second : i.endOffset;
        return "{\"err\":[" + js(i.type) + "," + js(i.msg) + "," + std::to_string(i.line) + "," + std::to_string(i.offset) + "," + std::to_string(i.endLine) + "," + std::to_string(i.endOffset) + "],\"file\":[" + std::to_string(fo) + "," + std::to_string(fe) + "],\"fmt\":" + js(ls::formatSyntaxError(i)) + "}";
    }
}
int main(int argc, char **argv) {
    if (argc > 1 && !strcmp(argv[1], "--batch")) {
        std::string p;
        while (std::getline(std::cin, p)) std::cout << one(p, true) << "\n" << std::flush;
        return 0;
    }
    std::cout << one(argv[1], argc > 2) << "\n";
}
