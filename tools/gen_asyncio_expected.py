#!/usr/bin/env python3
"""Generate the expected results of the asyncio corpus, snapshots included.

    python3 tools/gen_asyncio_expected.py [CORPUS_DIR] [--check] [--jobs N]
                                          [--only NAME ...]

CORPUS_DIR defaults to tests/corpus/asyncio.  Two steps:

1. ``tools/gen_expected.py CORPUS_DIR --trace`` writes, for every NAME.py,
   ``expected/NAME.out``, ``.err``, ``.code`` and ``.jsonl`` (the trace);
2. this script then runs every program once more through ``tools/oracle.py``
   with ``--snapshots`` and writes ``expected/NAME.snap.jsonl``: one JSON
   object per loop iteration (tick, t, ready, heap, tasks -- the contract's
   fields -- plus the oracle's ``done`` list and each unfinished task's
   ``coro`` and ``line``).

Output is deterministic.  With ``--check`` nothing is written; the exit
status is 1 when any expected file would change.
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORACLE = os.path.join(ROOT, 'tools', 'oracle.py')
GEN_EXPECTED = os.path.join(ROOT, 'tools', 'gen_expected.py')
TIMEOUT = 120


def snapshots_of(script, tmpdir):
    out = os.path.join(tmpdir, os.path.basename(script)[:-3] + '.snap.jsonl')
    subprocess.run([sys.executable, ORACLE, 'run', script, '--snapshots', out],
                   cwd=os.path.dirname(script), stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=TIMEOUT)
    try:
        with open(out, encoding='utf-8') as f:
            return f.read()
    except OSError:
        return ''


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('corpus', nargs='?',
                    default=os.path.join(ROOT, 'tests', 'corpus', 'asyncio'))
    ap.add_argument('--check', action='store_true')
    ap.add_argument('--jobs', '-j', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--only', action='append', default=[],
                    help='only this program (NAME or NAME.py); repeatable')
    args = ap.parse_args(argv)
    corpus = os.path.abspath(args.corpus)

    cmd = [sys.executable, GEN_EXPECTED, corpus, '--trace', '--oracle', ORACLE,
           '--jobs', str(args.jobs)]
    if args.check:
        cmd.append('--check')
    for name in args.only:
        cmd += ['--only', name]
    status = subprocess.run(cmd).returncode

    expdir = os.path.join(corpus, 'expected')
    scripts = sorted(os.path.join(corpus, f) for f in os.listdir(corpus)
                     if f.endswith('.py') and (not args.only or f in args.only or f[:-3] in args.only))
    changed = []
    with tempfile.TemporaryDirectory() as tmp, \
            concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as ex:
        texts = list(ex.map(lambda s: snapshots_of(s, tmp), scripts))
    for script, text in zip(scripts, texts):
        path = os.path.join(expdir, os.path.basename(script)[:-3] + '.snap.jsonl')
        try:
            with open(path, encoding='utf-8', newline='') as f:
                old = f.read()
        except OSError:
            old = None
        if old == text:
            continue
        changed.append(path)
        if not args.check:
            os.makedirs(expdir, exist_ok=True)
            with open(path, 'w', encoding='utf-8', newline='') as f:
                f.write(text)
    print('%s: %d snapshot files %s' % (
        os.path.relpath(corpus, ROOT), len(changed),
        'differ' if args.check else 'written'))
    for p in changed if args.check else ():
        print('  differs:', os.path.relpath(p, ROOT))
    if args.check and (changed or status):
        return 1
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
