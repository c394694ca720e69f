#!/usr/bin/env python3
"""Generate the expected results of the conformance corpus.

    python3 tools/gen_expected.py [CORPUS_DIR ...] [--oracle PATH] [--trace]
                                  [--only NAME ...] [--jobs N] [--check]

For every ``*.py`` in each corpus directory (default: every directory under
``tests/corpus/``), runs it under the run contract's oracle exactly as

    python3 ORACLE run NAME.py [--trace NAME.jsonl]

and writes, in ``<corpusdir>/expected/``:

    NAME.out    stdout (UTF-8), object addresses (`` at 0x...``) as ``0x?``
    NAME.err    stderr, the script's absolute path replaced by its base name
    NAME.code   the exit code, one line
    NAME.jsonl  the contract trace (only with --trace, or when the corpus
                directory already has .jsonl files in expected/)

The oracle is the project's own ``tools/oracle.py`` when it exists, else
``/work/shared/spec/reference-oracle.py`` (or ``--oracle PATH``).

Output is deterministic: running it twice leaves the files unchanged. With
``--check`` nothing is written; differences are listed and the exit code is 1
when there are any.
"""

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROJECT_ORACLE = os.path.join(ROOT, 'tools', 'oracle.py')
REFERENCE_ORACLE = '/work/shared/spec/reference-oracle.py'
TIMEOUT = 120

_ADDR = re.compile(r'(?<= at )0x[0-9a-fA-F]+')


def default_oracle():
    if os.path.isfile(PROJECT_ORACLE):
        return PROJECT_ORACLE
    return REFERENCE_ORACLE


def default_dirs():
    base = os.path.join(ROOT, 'tests', 'corpus')
    if not os.path.isdir(base):
        return []
    return [os.path.join(base, d) for d in sorted(os.listdir(base))
            if os.path.isdir(os.path.join(base, d))]


def normalise(text, script):
    """Replace the script's absolute path (and its directory) by base names,
    object addresses by 0x?."""
    absdir = os.path.dirname(script)
    text = text.replace(script, os.path.basename(script))
    text = text.replace(absdir + os.sep, '')
    text = _ADDR.sub('0x?', text)
    return text


def run_one(oracle, script, want_trace, trace_tmp):
    cmd = [sys.executable, oracle, 'run', script]
    if want_trace:
        cmd += ['--trace', trace_tmp]
    env = dict(os.environ)
    try:
        p = subprocess.run(cmd, cwd=os.path.dirname(script), env=env,
                           stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=TIMEOUT)
        out, err, code = p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        out = e.stdout or b''
        err = (e.stderr or b'') + b'gen_expected: timed out\n'
        code = -9
    out = normalise(out.decode('utf-8', 'replace'), script)
    err = normalise(err.decode('utf-8', 'replace'), script)
    trace = None
    if want_trace:
        try:
            with open(trace_tmp, encoding='utf-8') as f:
                lines = []
                for line in f:
                    line = line.rstrip('\n')
                    if not line:
                        continue
                    obj = json.loads(line)
                    if 'text' in obj and isinstance(obj['text'], str):
                        obj['text'] = normalise(obj['text'], script)
                    lines.append(json.dumps(obj, ensure_ascii=False))
                trace = ''.join(l + '\n' for l in lines)
        except OSError:
            trace = ''
        finally:
            try:
                os.unlink(trace_tmp)
            except OSError:
                pass
    return out, err, code, trace


def write_if_changed(path, text, check, changed):
    old = None
    try:
        with open(path, encoding='utf-8', newline='') as f:
            old = f.read()
    except OSError:
        pass
    if old == text:
        return
    changed.append(path)
    if not check:
        with open(path, 'w', encoding='utf-8', newline='') as f:
            f.write(text)


def process_dir(corpus, oracle, want_trace, only, jobs, check):
    corpus = os.path.abspath(corpus)
    expdir = os.path.join(corpus, 'expected')
    scripts = sorted(f for f in os.listdir(corpus)
                     if f.endswith('.py') and os.path.isfile(os.path.join(corpus, f)))
    if only:
        scripts = [s for s in scripts if s in only or s[:-3] in only]
    if not want_trace and os.path.isdir(expdir):
        want_trace = any(f.endswith('.jsonl') for f in os.listdir(expdir))
    if not check:
        os.makedirs(expdir, exist_ok=True)
    tmpdir = os.path.join(os.environ.get('TMPDIR', '/tmp'),
                          'gen_expected.%d' % os.getpid())
    os.makedirs(tmpdir, exist_ok=True)
    changed = []

    def job(name):
        script = os.path.join(corpus, name)
        return name, run_one(oracle, script, want_trace,
                             os.path.join(tmpdir, name[:-3] + '.jsonl'))

    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
        results = list(ex.map(job, scripts))
    for name, (out, err, code, trace) in results:
        stem = os.path.join(expdir, name[:-3])
        write_if_changed(stem + '.out', out, check, changed)
        write_if_changed(stem + '.err', err, check, changed)
        write_if_changed(stem + '.code', '%d\n' % code, check, changed)
        if want_trace:
            write_if_changed(stem + '.jsonl', trace or '', check, changed)
    try:
        os.rmdir(tmpdir)
    except OSError:
        pass
    codes = {}
    for _, (_, _, code, _) in results:
        codes[code] = codes.get(code, 0) + 1
    summary = ', '.join('exit %d: %d' % (c, n) for c, n in sorted(codes.items()))
    print('%s: %d programs (%s); %d file(s) %s'
          % (os.path.relpath(corpus, ROOT), len(results), summary, len(changed),
             'differ' if check else 'written'))
    for p in changed:
        if check:
            print('  differs:', os.path.relpath(p, ROOT))
    return changed


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('dirs', nargs='*', help='corpus directories')
    ap.add_argument('--oracle', default=None,
                    help='oracle script (default: tools/oracle.py if present, '
                         'else %s)' % REFERENCE_ORACLE)
    ap.add_argument('--trace', action='store_true',
                    help='also write expected/NAME.jsonl (the contract trace)')
    ap.add_argument('--only', action='append', default=[],
                    help='only this script (NAME or NAME.py); repeatable')
    ap.add_argument('--jobs', '-j', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--check', action='store_true',
                    help='write nothing; exit 1 when an expected file differs')
    args = ap.parse_args(argv)
    oracle = os.path.abspath(args.oracle) if args.oracle else default_oracle()
    if not os.path.isfile(oracle):
        sys.exit('gen_expected: oracle not found: %s' % oracle)
    dirs = args.dirs or default_dirs()
    if not dirs:
        sys.exit('gen_expected: no corpus directory')
    print('oracle:', oracle)
    changed = []
    for d in dirs:
        changed += process_dir(d, oracle, args.trace, set(args.only),
                               max(1, args.jobs), args.check)
    return 1 if (args.check and changed) else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
