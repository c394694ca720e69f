#!/usr/bin/env python3
"""Developer tool: runs a corpus through a built loopscope and prints which
programs differ from CPython's expected output (the same comparison the
CTest corpus tests make: stdout with 0x.. and paths normalised, exit code,
last stderr line when the exit code is 1).

    tools/corpus_status.py build/app/loopscope tests/corpus/lang [-v]
"""
import os
import re
import subprocess
import sys


def norm(s, path):
    s = re.sub(r'0x[0-9a-f]+', '0x?', s)
    return s.replace(os.path.abspath(path), os.path.basename(path))


def last_line(s):
    lines = [l for l in s.splitlines() if l.strip()]
    return lines[-1] if lines else ''


def main():
    exe, corpus = sys.argv[1], sys.argv[2]
    verbose = '-v' in sys.argv
    names = sorted(f for f in os.listdir(corpus) if f.endswith('.py'))
    bad = []
    for n in names:
        path = os.path.join(corpus, n)
        stem = n[:-3]
        exp = os.path.join(corpus, 'expected', stem)
        want_out = open(exp + '.out', encoding='utf-8').read()
        want_code = int(open(exp + '.code').read().strip() or 0)
        want_err = open(exp + '.err', encoding='utf-8').read()
        try:
            p = subprocess.run([exe, 'run', path], capture_output=True, timeout=30)
            out = p.stdout.decode('utf-8', 'replace')
            err = p.stderr.decode('utf-8', 'replace')
            code = p.returncode
        except subprocess.TimeoutExpired:
            out, err, code = '', 'TIMEOUT', -999
        why = []
        if norm(out, path) != norm(want_out, path):
            why.append('stdout')
        if code != want_code:
            why.append(f'code {code} != {want_code}')
        if want_code == 1 and code == 1 and norm(last_line(err), path) != norm(last_line(want_err), path):
            why.append('stderr')
        if why:
            bad.append(n)
            print(f'FAIL {n}: {", ".join(why)}')
            if verbose:
                print('   want:', last_line(want_err) if 'stderr' in why else repr(want_out[:300]))
                print('   got: ', last_line(err) if 'stderr' in why or code < 0 or code > 1 else repr(out[:300]))
                if code not in (0, 1, want_code):
                    print('   err: ', err[-300:])
    print(f'{len(names) - len(bad)}/{len(names)} pass')


main()
