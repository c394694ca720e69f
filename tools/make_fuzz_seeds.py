#!/usr/bin/env python3
"""Refreshes the fuzzers' seed corpus from the repository's own test inputs.

fuzz/corpus/programs/: every conformance program (tests/corpus/lang and
tests/corpus/asyncio), valid Python the engine runs.
fuzz/corpus/broken/: every source of tests/data/parser_cases.jsonl that
CPython rejects (kind "error"), one file each: syntax errors of every kind.
fuzz/corpus/regressions/ is not touched: it holds what fuzzing found and is
added to by hand (each finding is also a test case in tests/).

Usage: python3 tools/make_fuzz_seeds.py   (from the repository root)
"""
import json
import pathlib
import shutil

root = pathlib.Path(__file__).resolve().parent.parent
out = root / "fuzz" / "corpus"

programs = out / "programs"
shutil.rmtree(programs, ignore_errors=True)
programs.mkdir(parents=True)
for sub in ("lang", "asyncio"):
    for f in sorted((root / "tests" / "corpus" / sub).glob("*.py")):
        shutil.copyfile(f, programs / f"{sub}_{f.name}")

broken = out / "broken"
shutil.rmtree(broken, ignore_errors=True)
broken.mkdir(parents=True)
n = 0
with open(root / "tests" / "data" / "parser_cases.jsonl", encoding="utf-8") as cases:
    for line in cases:
        case = json.loads(line)
        if case["kind"] != "error":
            continue
        n += 1
        (broken / f"broken_{n:03d}.py").write_bytes(case["source"].encode("utf-8", "surrogatepass"))
print(f"{len(list(programs.iterdir()))} programs, {n} broken sources")
