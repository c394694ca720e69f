#!/usr/bin/env python3
"""Fills in the expectations of the hostile scripts whose reference is CPython.

tests/hostile/*.py start with a header of comments that
tests/tst_hostile_scripts.cpp reads:

    # hostile: what the script does to the engine
    # reference: cpython | loopscope
    # args: --max-instructions 20000000          (optional, for `loopscope run`)
    # expect-code: N                              exit code
    # expect-stderr: LINE                         stderr's last non-empty line
    # expect-stderr-has: TEXT                     a substring of stderr (repeatable)
    # expect-stdout: TEXT                         stdout exactly (\\n for newlines)
    # expect-stdout-bytes: N                      stdout's size ...
    # expect-stdout-last: LINE                    ... and last line, for long output

For `reference: cpython` this tool runs the script on CPython 3.11 under the
run contract's virtual world (tools/oracle.py) and rewrites the expect-*
lines from what it printed (a syntax error's stderr must also name its line).
`reference: loopscope` headers are written by hand: they state what the run
contract says where CPython has no equivalent (budgets, deadlock, memory
cap, the sandbox).
after/healthy.py is run after each hostile script in the same process (its
output proves the engine is still usable).

Usage: python3 tools/gen_hostile_expected.py [NAME.py ...]
"""
import pathlib
import re
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
hostile = root / "tests" / "hostile"
oracle = root / "tools" / "oracle.py"


def split_header(text):
    lines = text.split("\n")
    i = 0
    while i < len(lines) and lines[i].startswith("# ") and re.match(r"# (hostile|reference|args|expect-[a-z-]+):", lines[i]):
        i += 1
    return lines[:i], "\n".join(lines[i:])


def expectations(path, args):
    p = subprocess.run([sys.executable, str(oracle), "run", path.name] + args, cwd=path.parent,
                       capture_output=True, text=True, timeout=600)
    expect = [f"# expect-code: {p.returncode}"]
    err_lines = [l for l in p.stderr.split("\n") if l.strip()]
    if err_lines:
        expect.append(f"# expect-stderr: {err_lines[-1]}")
        m = re.search(r'File "[^"]*", line (\d+)', p.stderr)
        if m and re.match(r"(SyntaxError|IndentationError|TabError)", err_lines[-1]):
            expect.append(f'# expect-stderr-has: ", line {m.group(1)}')
    if len(p.stdout) <= 200:
        expect.append("# expect-stdout: " + p.stdout.replace("\\", "\\\\").replace("\n", "\\n"))
    else:
        expect.append(f"# expect-stdout-bytes: {len(p.stdout.encode('utf-8'))}")
        expect.append("# expect-stdout-last: " + p.stdout.rstrip("\n").split("\n")[-1])
    return expect


def regenerate(path):
    header, body = split_header(path.read_text(encoding="utf-8"))
    keep = [h for h in header if not h.startswith("# expect-")]
    if "# reference: cpython" not in keep:
        return False
    args = []
    for h in keep:
        if h.startswith("# args:"):
            args = h[len("# args:"):].split()
    # The expectations sit in the header, so their number moves the script's
    # line numbers: run again until the count is stable (twice at most).
    count = 3
    for _ in range(3):
        path.write_text("\n".join(keep + ["# expect-placeholder: x"] * count) + "\n" + body, encoding="utf-8")
        expect = expectations(path, args)
        if len(expect) == count:
            break
        count = len(expect)
    path.write_text("\n".join(keep + expect) + "\n" + body, encoding="utf-8")
    return True


def main(names):
    paths = [hostile / n for n in names] if names else sorted(hostile.glob("*.py")) + sorted(hostile.glob("after/*.py"))
    for path in paths:
        if regenerate(path):
            print("regenerated", path.name)


if __name__ == "__main__":
    main(sys.argv[1:])
