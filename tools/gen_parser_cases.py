#!/usr/bin/env python3
"""Generate tests/data/parser_cases.jsonl, the parser tests' expectations.

    python3 tools/gen_parser_cases.py [--check]

For every snippet of tools/parser_corpus.py, asks the running python3
(CPython 3.11, the oracle) what it makes of it, one JSON object per line:

  {"kind": "ok", "source": ..., "ast": ast.dump(tree),
   "attrs": ast.dump(tree, include_attributes=True)}
      The source parses. Columns in "attrs" are converted from CPython's
      UTF-8 byte offsets to code points (ast.h's unit); kind='u' of u''
      strings is dropped (ast.h has no such field). Sources CPython rejects
      only in its symtable or compiler (ast.parse accepts them) are "ok"
      too: the parser must accept them.
  {"kind": "error", "source": ..., "type", "msg", "line", "offset",
   "endLine", "endOffset"}     compile(source, 'x.py', 'exec')'s SyntaxError
   + "fileOffset", "fileEndOffset", "formatted"
      what `python3 x.py` reports: e.offset/e.end_offset (which differ for
      files) and the stderr text (minus SyntaxWarnings, which LoopScope's
      parser does not emit).
  {"kind": "deviation", "source", "type", "msg"}
      LoopScope refuses on purpose what CPython accepts (corpus DEVIATIONS).

Deterministic: running it twice writes the same file. --check compares
instead of writing (exit code 1 on differences).
"""

import argparse
import ast
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'data', 'parser_cases.jsonl')
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import parser_corpus  # noqa: E402

HOOK = """import sys, json
def _hook(t, e, tb):
    if isinstance(e, SyntaxError):
        print(json.dumps([e.offset, e.end_offset]))
    sys.__excepthook__(t, e, tb)
sys.excepthook = _hook
"""


def code_point_columns(tree, src):
    lines = [l.encode('utf-8') for l in src.splitlines(True)]

    def conv(line, col):
        if line is None or col is None or not 1 <= line <= len(lines):
            return col
        return len(lines[line - 1][:col].decode('utf-8', 'replace'))

    for node in ast.walk(tree):
        if isinstance(node, ast.Constant):
            node.kind = None
        if getattr(node, 'col_offset', None) is not None:
            node.col_offset = conv(node.lineno, node.col_offset)
            if getattr(node, 'end_col_offset', None) is not None:
                node.end_col_offset = conv(node.end_lineno, node.end_col_offset)
    return tree


def run_file(src):
    """What `python3 x.py` says about src: [offset, end_offset], stderr."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'x.py')
        with open(path, 'w', encoding='utf-8', newline='') as f:
            f.write(src)
        hook = os.path.join(d, 'hook')
        os.mkdir(hook)
        with open(os.path.join(hook, 'sitecustomize.py'), 'w') as f:
            f.write(HOOK)
        env = dict(os.environ, PYTHONPATH=hook, PYTHONIOENCODING='utf-8')
        r = subprocess.run([sys.executable, 'x.py'], cwd=d, capture_output=True, env=env, timeout=60)
        out = r.stdout.decode('utf-8').strip().splitlines()
        err = r.stderr.decode('utf-8', 'replace').replace('"%s"' % path, '"x.py"')
        err = ''.join(l for l in err.splitlines(True) if not re.match(r'x\.py:\d+: SyntaxWarning', l))
        return (json.loads(out[-1]) if out else None), err


def case(src):
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        d = {'kind': 'error', 'source': src, 'type': type(e).__name__, 'msg': e.msg, 'line': e.lineno,
             'offset': e.offset, 'endLine': e.end_lineno, 'endOffset': e.end_offset}
        file_offsets, formatted = run_file(src)
        d['fileOffset'], d['fileEndOffset'] = file_offsets
        d['formatted'] = formatted
        return d
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant):
            node.kind = None
    d = {'kind': 'ok', 'source': src, 'ast': ast.dump(tree)}
    d['attrs'] = ast.dump(code_point_columns(ast.parse(src), src), include_attributes=True)
    return d


def generate():
    sources = list(dict.fromkeys(parser_corpus.VALID + parser_corpus.ERRORS))  # in order, once
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        rows = list(pool.map(case, sources))
    for src, (typ, msg) in parser_corpus.DEVIATIONS:
        rows.append({'kind': 'deviation', 'source': src, 'type': typ, 'msg': msg})
    return ''.join(json.dumps(r, ensure_ascii=False, sort_keys=True) + '\n' for r in rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--check', action='store_true')
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit('the oracle must be CPython 3.11, not %s' % sys.version.split()[0])
    text = generate()
    if args.check:
        old = open(OUT, encoding='utf-8').read() if os.path.exists(OUT) else ''
        if old != text:
            print('tests/data/parser_cases.jsonl is out of date')
            return 1
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    kinds = [json.loads(l)['kind'] for l in text.splitlines()]
    print('%d cases: %d ok, %d error, %d deviation' % (len(kinds), kinds.count('ok'), kinds.count('error'),
                                                      kinds.count('deviation')))
    return 0


if __name__ == '__main__':
    sys.exit(main())
