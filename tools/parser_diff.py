#!/usr/bin/env python3
"""Differential testing of LoopScope's parser against CPython 3.11.

    python3 tools/parser_diff.py --build [--asan]    compile tools/parser_dump.cpp
    python3 tools/parser_diff.py FILE.py ...          compare whole files
    python3 tools/parser_diff.py --corpus             tools/parser_corpus.py snippets
    python3 tools/parser_diff.py --fuzz KIND [--seed N] [--count N]
        KIND: tokens (mutate corpus snippets and tests/corpus/lang programs),
              fstrings (random f-strings), indent (random lines and indents)
    options: --attrs   also compare positions of valid sources
             --file    also compare `python3 x.py` (offsets and stderr) for
                       errors; slow, one process per error

For every source it compares the AST dump (ast.dump), or the SyntaxError
(type, message, line, offset, end line, end offset), and prints only the
differences. The driver is built into build/parser_dump by --build.
"""

import argparse
import ast
import glob
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import tokenize
import warnings

warnings.simplefilter("ignore", SyntaxWarning)  # CPython warns about "1if x"; we compare errors only

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'tools'))
import gen_parser_cases  # noqa: E402
import parser_corpus  # noqa: E402

DRIVER = os.path.join(ROOT, 'build', 'parser_dump')
SOURCES = ['tokenizer', 'token', 'unicode_util', 'unicode_names', 'parser', 'parser_stmt', 'parser_expr',
           'parser_args', 'fstring', 'ast_dump', 'syntax_error']


def build(asan):
    flags = ['-std=c++20', '-O1', '-g', '-I' + os.path.join(ROOT, 'core')]
    if asan:
        flags += ['-fsanitize=address,undefined', '-fno-omit-frame-pointer']
    qt = subprocess.run(['pkg-config', '--cflags', '--libs', 'Qt6Core'], capture_output=True, text=True,
                        check=True).stdout.split()
    srcs = [os.path.join(ROOT, 'core', 'interp', s + '.cpp') for s in SOURCES]
    srcs += sorted(glob.glob(os.path.join(ROOT, 'core', 'interp', 'peg*.cpp')))
    os.makedirs(os.path.dirname(DRIVER), exist_ok=True)
    subprocess.run(['g++'] + flags + [os.path.join(ROOT, 'tools', 'parser_dump.cpp')] + srcs + qt + ['-o', DRIVER],
                   check=True)
    print('built', DRIVER)


def cpython(src):
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        return {'err': [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]}
    except (ValueError, MemoryError, RecursionError) as e:
        return {'skip': repr(e)}
    for n in ast.walk(tree):
        if isinstance(n, ast.Constant):
            n.kind = None
    return {'ast': ast.dump(tree),
            'attrs': ast.dump(gen_parser_cases.code_point_columns(ast.parse(src), src), include_attributes=True)}


def first_difference(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    lo = max(0, i - 120)
    return 'ours ...%s\n    cpy  ...%s' % (a[lo:i + 60], b[lo:i + 60])


def compare(cases, attrs, file_mode):
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i, src in enumerate(cases):
            p = os.path.join(d, 'c%d.py' % i)
            with open(p, 'w', encoding='utf-8', newline='') as f:
                f.write(src)
            paths.append(p)
        r = subprocess.run([DRIVER, '--batch'], input='\n'.join(paths) + '\n', capture_output=True, text=True)
    ours = [json.loads(line) for line in r.stdout.splitlines()]
    if len(ours) != len(cases):
        print('DRIVER CRASHED on %r\n%s' % (cases[len(ours)], r.stderr[-3000:]))
        return 1
    bad = 0
    for src, o in zip(cases, ours):
        c = cpython(src)
        msgs = []
        if 'skip' in c:
            continue
        if 'err' in c:
            if 'err' not in o:
                msgs.append('we accept; CPython: %r' % (c['err'],))
            elif o['err'] != c['err']:
                msgs.append('ours %r\n    cpy  %r' % (o['err'], c['err']))
            elif file_mode:
                offsets, stderr = gen_parser_cases.run_file(src)
                if offsets != o['file']:
                    msgs.append('file offsets ours %r cpy %r' % (o['file'], offsets))
                if stderr != o['fmt']:
                    msgs.append('stderr ours:\n%s    cpy:\n%s' % (o['fmt'], stderr))
        elif 'err' in o:
            msgs.append('we reject: %r' % (o['err'],))
        elif o['ast'] != c['ast']:
            msgs.append('ast ' + first_difference(o['ast'], c['ast']))
        elif attrs and o['attrs'] != c['attrs']:
            msgs.append('attrs ' + first_difference(o['attrs'], c['attrs']))
        if msgs:
            bad += 1
            print('=== %r' % (src if len(src) < 300 else src[:300] + '...'))
            for m in msgs:
                print('  ' + m)
    print('%d/%d differ' % (bad, len(cases)))
    return 1 if bad else 0


# ------------------------------------------------------------------ fuzzing

POOL = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '==', '+', '-', '*', '**', '/', 'if', 'else', 'elif', 'for', 'in',
        'not', 'and', 'or', 'lambda', 'yield', 'return', 'def', 'class', '.', ';', 'x', 'y', '1', '2.5', '"s"', "'t'",
        'f"{x}"', "f'{a b}'", '\n', '\\', '@', ':=', '->', 'async', 'await', 'print', 'del', 'import', 'from', 'as',
        'with', 'try', 'except', 'finally', '*', '...', 'None', 'True', 'is', 'pass', 'break', 'global', '!', '?', '$',
        '`', '<>', '0777', '1_', '"unterminated', "'''", '中文', '，', '\t', '    ', 'match', '_', 'c', 'b"x"', '**k',
        '*a', 'x=1', '(x', 'y)', '[]', '{}', '()', '# c', 'while', 'assert', 'raise', 'nonlocal', '%', '//', '<<',
        '|', '&', '^', '~', '<', '>=', '!=', '+=', '-=']


def mutate(src, rnd):
    lines = src.splitlines(True)
    toks = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            if t.type not in (tokenize.ENDMARKER, tokenize.DEDENT, tokenize.INDENT):
                toks.append(t)
    except (tokenize.TokenError, SyntaxError, IndentationError):
        pass

    def off(pos):
        return sum(len(l) for l in lines[:pos[0] - 1]) + pos[1]

    k = rnd.randrange(10)
    if toks and k < 6:
        t = rnd.choice(toks)
        a, b = off(t.start), off(t.end)
        if k == 0:
            return src[:a] + src[b:]
        if k == 1:
            return src[:b] + ' ' + src[a:b] + src[b:]
        if k == 2:
            return src[:a] + rnd.choice(POOL) + src[b:]
        if k == 3:
            return src[:a] + rnd.choice(POOL) + ' ' + src[a:]
        if k == 4:
            return src[:b] + rnd.choice(POOL) + src[b:]
        if len(toks) > 1:
            i = rnd.randrange(len(toks) - 1)
            a1, b1, a2, b2 = off(toks[i].start), off(toks[i].end), off(toks[i + 1].start), off(toks[i + 1].end)
            return src[:a1] + src[a2:b2] + src[b1:a2] + src[a1:b1] + src[b2:]
    if k == 6 and lines:
        i = rnd.randrange(len(lines))
        lines[i] = rnd.choice(['', ' ', '  ', '\t', '    ']) + lines[i].lstrip(' \t')
        return ''.join(lines)
    if k == 7 and src:
        return src[:rnd.randrange(len(src))]
    if k == 8 and lines:
        del lines[rnd.randrange(len(lines))]
        return ''.join(lines)
    if lines:
        i = rnd.randrange(len(lines))
        lines.insert(i, lines[i])
        return ''.join(lines)
    return src + rnd.choice(POOL)


def fuzz_cases(kind, rnd, count):
    cases = []
    if kind == 'tokens':
        seeds = parser_corpus.VALID + parser_corpus.ERRORS
        for p in sorted(glob.glob(os.path.join(ROOT, 'tests', 'corpus', 'lang', '*.py')))[:150]:
            with open(p, encoding='utf-8') as f:
                seeds.append(f.read())
        while len(cases) < count:
            m = mutate(rnd.choice(seeds), rnd)
            if rnd.random() < 0.3:
                m = mutate(m, rnd)
            if '\x00' not in m:
                cases.append(m)
    elif kind == 'fstrings':
        parts = ['{', '}', '{{', '}}', 'x', 'a b', '!r', '!s', '!z', '!', ':', ':>10', ':{w}', '=', ' ', '"s"', "'q'",
                 '(', ')', '[', ']', '\\n', '#', 'lambda: 1', 'x if y else z', '1_', '*a', 'yield', 'f"{x}"', "f'{y}'",
                 '中', '\\N{BULLET}', '\\x4', ',', '==', '!=', '<', 'for x in y', 'await z', '{x}', '{x!r:{y}}', '\n',
                 '"""', "'''"]
        for _ in range(count):
            body = ''.join(rnd.choice(parts) for _ in range(rnd.randint(1, 6)))
            q = rnd.choice(['"', "'", '"""', "'''"])
            lead = rnd.choice(['', 'x = ', 'print(', '  ', 'y = 1\n'])
            cases.append(lead + rnd.choice(['f', 'rf', 'F', 'fr']) + q + body + q + (')' if lead == 'print(' else '') +
                         rnd.choice(['', '\n', ' + 1\n', ' "z"\n']))
    else:
        stmts = ['x = 1', 'if x:', 'else:', 'for i in y:', 'def f(a):', 'return a', 'pass', 'print("中文")',
                 '变量 = (1,', '  2)', 'while x', 'try:', 'except E:', 'class A:', 'y = [1, 2', ']', '# comment', '',
                 'x = "é" 1', 'z = f"{x}"', 'with a as b:', '@d', 'async def g():', 'await g()', 'x = \\', 'elif y:',
                 'finally:', 'print x', 'x ==', '名字 = 张三 李四', 'return', 'lambda: (', ')']
        indents = ['', '', '    ', '        ', '  ', '\t', '\t    ', ' \t']
        for _ in range(count):
            lines = [rnd.choice(indents) + rnd.choice(stmts) for _ in range(rnd.randint(1, 7))]
            cases.append('\n'.join(lines) + rnd.choice(['\n', '', '\n\n', '\n  \n']))
    return cases


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('files', nargs='*')
    ap.add_argument('--build', action='store_true')
    ap.add_argument('--asan', action='store_true')
    ap.add_argument('--corpus', action='store_true')
    ap.add_argument('--fuzz', choices=['tokens', 'fstrings', 'indent'])
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--count', type=int, default=2000)
    ap.add_argument('--attrs', action='store_true')
    ap.add_argument('--file', action='store_true')
    args = ap.parse_args()
    if args.build:
        build(args.asan)
        if not (args.files or args.corpus or args.fuzz):
            return 0
    if not os.path.exists(DRIVER):
        sys.exit('no driver: run tools/parser_diff.py --build first')
    cases = []
    for p in args.files:
        with open(p, encoding='utf-8') as f:
            cases.append(f.read())
    if args.corpus:
        cases += list(dict.fromkeys(parser_corpus.VALID + parser_corpus.ERRORS))
    if args.fuzz:
        cases += fuzz_cases(args.fuzz, random.Random(args.seed), args.count)
    return compare(cases, args.attrs, args.file)


if __name__ == '__main__':
    sys.exit(main())
