#!/usr/bin/env python3
"""Developer tool: runs a corpus through a built loopscope and prints which
programs differ from CPython's expected output (the same comparison the
CTest corpus tests make: stdout with 0x.. and paths normalised, exit code,
last stderr line when the exit code is 1).

    tools/corpus_status.py build/app/loopscope tests/corpus/lang [-v] [--trace]

--trace also compares the contract trace with expected/NAME.jsonl as
tests/corpus_runner.h does (step schedule, final done states, tick labels).
"""
import json
import os
import re
import subprocess
import sys


def norm(s, path):
    # As tests/corpus_runner.h: every absolute path becomes its base name.
    s = s.replace('\r\n', '\n')
    s = re.sub(r"(?<![\w./])/(?:[^\s/'\"()<>:,;]+/)+([^\s/'\"()<>:,;]+)", r'\1', s)
    return re.sub(r'0x[0-9a-f]+', '0x?', s)


def last_line(s):
    lines = [l for l in s.splitlines() if l.strip()]
    return lines[-1] if lines else ''


def load_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def schedule(evs):
    steps = [(e['t'], e['task']) for e in evs if e['ev'] == 'step']
    done = {e['task']: e['state'] for e in evs if e['ev'] == 'done'}
    return steps, done


def ticks(evs):
    return [(e['ready'], [[w, l] for w, l in e['timers']]) for e in evs if e['ev'] == 'tick']


def trace_diff(want, got):
    """The first difference between two traces, or ''."""
    (ws, wd), (gs, gd) = schedule(want), schedule(got)
    for i, (a, b) in enumerate(zip(ws, gs)):
        if a[1] != b[1] or abs(a[0] - b[0]) > 1e-9:
            return f'step {i}: want {a} got {b}'
    if len(ws) != len(gs):
        return f'{len(ws)} steps wanted, {len(gs)} got'
    if wd != gd:
        return f'done states: want {wd} got {gd}'
    wt, gt = ticks(want), ticks(got)
    for i, (a, b) in enumerate(zip(wt, gt)):
        same_timers = len(a[1]) == len(b[1]) and all(
            x[1] == y[1] and abs(x[0] - y[0]) <= 1e-9 for x, y in zip(a[1], b[1]))
        if a[0] != b[0] or not same_timers:
            return f'tick {i + 1}: want {a} got {b}'
    if len(wt) != len(gt):
        return f'{len(wt)} ticks wanted, {len(gt)} got'
    return ''


def main():
    exe, corpus = sys.argv[1], sys.argv[2]
    verbose = '-v' in sys.argv
    with_trace = '--trace' in sys.argv
    trace_path = f'/tmp/corpus_status_{os.getpid()}.jsonl'
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
            cmd = [exe, 'run', path] + (['--trace', trace_path] if with_trace else [])
            p = subprocess.run(cmd, capture_output=True, timeout=30)
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
        if not why and with_trace and os.path.exists(exp + '.jsonl'):
            try:
                d = trace_diff(load_jsonl(exp + '.jsonl'), load_jsonl(trace_path))
            except (OSError, ValueError, KeyError) as e:
                d = f'unreadable trace: {e}'
            if d:
                why.append('trace ' + d)
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
