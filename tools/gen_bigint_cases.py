#!/usr/bin/env python3
"""Writes tests/data/bigint_cases.txt: CPython's output for expressions on
ints beyond int64 (and across the int64 boundary), which
tests/tst_bigint.cpp runs on LoopScope's VM and compares byte for byte.

Run with the oracle interpreter (CPython 3.11.7):  python3 tools/gen_bigint_cases.py

The format is tools/gen_builtin_cases.py's (kind, source, expected; tab
separated, escaped). Operands come from a seeded generator, so the file is
the same on every run: values of 1 to 300 bits, both signs, with the int64
edges (+-2**63, 2**64 +- 1) and powers of two that stress carries.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_builtin_cases import escape, run, snippet  # noqa: E402  (same snippet and escaping)

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "tests", "data", "bigint_cases.txt")

rng = random.Random(20261122)

EDGES = ["2 ** 63", "-(2 ** 63)", "2 ** 63 - 1", "-(2 ** 63) - 1", "2 ** 64", "2 ** 64 - 1", "-(2 ** 64) + 1",
         "2 ** 61 - 1", "2 ** 62", "2 ** 127", "2 ** 128 + 1", "-(2 ** 200)", "10 ** 30", "-(10 ** 19)"]


def rand_int(max_bits=300):
    bits = rng.choice([1, 5, 31, 62, 63, 64, 65, 70, 100, 127, 128, 129, 200, max_bits])
    v = rng.getrandbits(bits) | (1 << (bits - 1))
    return -v if rng.random() < 0.4 else v


def lit(v):
    # A negative literal is parenthesised so `**` and unary minus parse as meant.
    return "(%d)" % v if v < 0 else str(v)


def operands(n):
    out = []
    for _ in range(n):
        a = "(%s)" % rng.choice(EDGES) if rng.random() < 0.25 else lit(rand_int())
        out.append(a)
    return out


def cases():
    c = []
    # Arithmetic across sizes and signs.
    for op in ["+", "-", "*", "//", "%", "/", "&", "|", "^"]:
        xs, ys = operands(14), operands(14)
        for a, b in zip(xs, ys):
            c.append("%s %s %s" % (a, op, b))
        for a in operands(4):
            c.append("%s %s %d" % (a, op, rng.choice([1, -1, 3, -7, 2 ** 32, 2 ** 62 + 5])))
            c.append("%d %s %s" % (rng.choice([1, -1, 3, -7, 2 ** 40, -(2 ** 62)]), op, a))
    for a, b in zip(operands(16), operands(16)):
        c.append("divmod(%s, %s)" % (a, b))
    # Division by zero, every form.
    c += ["2 ** 70 // 0", "2 ** 70 % 0", "divmod(2 ** 70, 0)", "2 ** 70 / 0", "0 / 2 ** 70", "(-(2 ** 70)) / 2 ** 80"]
    # True division: correct rounding, underflow, overflow.
    c += ["(2 ** 1100 + 1) / 2 ** 100", "2 ** 1100 / 2 ** 77", "1 / 2 ** 1100", "(2 ** 2000) / (2 ** 1000 + 1)",
          "10 ** 400 / 10 ** 90", "(2 ** 53 + 1) / 1", "(2 ** 54 + 3) / 2", "(2 ** 64 + 2 ** 11) / 1",
          "(2 ** 64 + 2 ** 11 + 1) / 1", "(3 ** 200) / (7 ** 100)", "(10 ** 310) / 10", "2 ** 1080 / 3 ** 3",
          "1 / (2 ** 1074 * 3)", "2 / 2 ** 1075", "3 / 2 ** 1075", "1 / 2 ** 1075", "(2 ** 200 + 1) / 2 ** 1200"]
    # Powers and modular powers.
    for a in operands(10):
        e = rng.choice([0, 1, 2, 3, 5, 9])
        c.append("%s ** %d" % (a, e))
        c.append("%s ** -%d" % (a, rng.choice([1, 2])))
    for _ in range(16):
        a, b, m = rand_int(), abs(rand_int(150)), rand_int(130)
        c.append("pow(%s, %s, %s)" % (lit(a), lit(b), lit(m)))
    c += ["pow(2 ** 70 + 1, -1, 2 ** 89 - 1)", "pow(6, -1, 2 ** 70)", "pow(2 ** 70, 5, 1)", "pow(3, 2 ** 80, -(2 ** 65))",
          "pow(2 ** 70, 2, 0)", "(-3) ** 41", "2 ** 64 ** 1", "(2 ** 64) ** 0.5", "(-(2 ** 64)) ** -1", "(10 ** 320) ** -1"]
    # Unary and abs.
    for a in operands(10):
        c += ["-%s" % a, "~%s" % a, "abs(%s)" % a, "+%s" % a]
    # Shifts.
    for a in operands(10):
        c.append("%s << %d" % (a, rng.choice([0, 1, 13, 63, 64, 100])))
        c.append("%s >> %d" % (a, rng.choice([0, 1, 13, 63, 64, 65, 129, 400])))
    c += ["5 >> 2 ** 80", "(-5) >> 2 ** 80", "0 << 2 ** 80",
          "1 << -(2 ** 70)", "(2 ** 70) >> -1"]
    # Comparisons with ints and floats (exact).
    floats = ["2.0 ** 63", "2.0 ** 64", "-(2.0 ** 63)", "1e30", "1e300", "float('inf')", "float('-inf')",
              "float('nan')", "0.5", "9.3e18", "-9.3e18"]
    for a in operands(10) + ["2 ** 63", "2 ** 64", "10 ** 30", "-(2 ** 63)", "2 ** 53 + 1", "10 ** 300"]:
        f = rng.choice(floats)
        c.append("(%s < %s, %s == %s, %s >= %s)" % (a, f, a, f, f, a))
        b = rng.choice(operands(1))
        c.append("(%s < %s, %s == %s, %s != %s)" % (a, b, a, b, a, b))
    # Conversions: float(), int(float), hash, str/repr.
    for a in operands(14) + ["2 ** 1023", "2 ** 1024 - 2 ** 970", "2 ** 1024 - 2 ** 970 - 1", "2 ** 1024",
                             "2 ** 53 + 1", "2 ** 54 + 2", "2 ** 54 + 6", "(2 ** 80 + 2 ** 27) + 1", "2 ** 80 + 2 ** 27"]:
        c += ["float(%s)" % a, "hash(%s)" % a, "str(%s)" % a]
    for f in ["1e19", "-1e19", "1.5e30", "2.0 ** 200", "-2.0 ** 70", "1e308", "9.2e18", "-9.3e18"]:
        c += ["int(%s)" % f, "round(%s)" % f, "(%s).as_integer_ratio()" % f]
    c += ["hash(2 ** 61 - 1)", "hash(-(2 ** 61 - 1))", "hash(2 ** 61)", "hash(-(2 ** 61) - 1)", "hash(2 ** 122)",
          "hash(2 ** 64) == hash(2.0 ** 64)", "hash(-(2 ** 100)) == hash(-(2.0 ** 100))"]
    # int() from strings.
    for _ in range(10):
        v = rand_int()
        base = rng.choice([2, 8, 10, 16, 36, 7])
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        n, s = abs(v), ""
        while n:
            s = digits[n % base] + s
            n //= base
        c.append("int(%r, %d)" % (("-" if v < 0 else "") + s, base))
    c += ["int('0x' + 'f' * 30, 0)", "int(' -1_000_000_000_000_000_000_000 ')", "int('1' * 4300) % 10 ** 9",
          "int('1' * 4301)", "int('9' * 5000, 16) % 1000", "int('-0b' + '10' * 50, 0)", "int('1' * 30, 3)"]
    # Formatting.
    specs = ["", ",", "_", "x", "#X", "_x", "o", "#b", ">45", "<45", "^45", "*^50", "+", " ", "=+50,", "060",
             "e", ".5e", "g", ".3f", "n", "d", "45_d", "%"]
    for a in operands(8):
        for spec in rng.sample(specs, 6):
            c.append("format(%s, %r)" % (a, spec))
    for a in operands(6):
        c += ["hex(%s)" % a, "oct(%s)" % a, "bin(%s)" % a, "'%%d|%%x|%%o|%%+40d|%%-40X' %% ((%s,) * 5)" % a]
    c += ["format(2 ** 70, 'c')", "str(10 ** 4299)[:3]", "str(10 ** 4300)", "format(10 ** 4300, ',')",
          "'%d' % 10 ** 4400", "len(hex(10 ** 5000))", "repr(-(10 ** 4299))[:4]", "len(str(2 ** 14000))"]
    # int methods.
    for a in operands(8):
        c += ["(%s).bit_length()" % a, "(%s).bit_count()" % a, "(%s).as_integer_ratio()" % a]
    c += ["(2 ** 100).to_bytes(13, 'big')", "(2 ** 100).to_bytes(13, 'little')", "(2 ** 100).to_bytes(12, 'big')",
          "(-(2 ** 100)).to_bytes(13, 'big', signed=True)", "(-(2 ** 100) - 1).to_bytes(13, 'big', signed=True)",
          "(2 ** 103).to_bytes(13, 'big', signed=True)", "(-(2 ** 70)).to_bytes(10, 'big')",
          "int.from_bytes(b'\\xff' * 20, 'big')", "int.from_bytes(b'\\xff' * 20, 'big', signed=True)",
          "int.from_bytes(b'\\x80' + b'\\x00' * 11, 'little', signed=True)",
          "int.from_bytes(bytes(range(40)), 'little')", "bool.from_bytes(b'\\x00' * 9 + b'\\x01', 'big')",
          "(2 ** 70).__round__(-5)", "round(2 ** 70 + 5 * 10 ** 4, -5)", "round(-(2 ** 70), -21)",
          "round(2 ** 70, -22)", "round(25 * 10 ** 20, -21)", "round(35 * 10 ** 20, -21)", "round(2 ** 70, 5)",
          "round(9223372036854775807, -1)", "round(-9223372036854775807, -3)"]
    # math integer functions.
    c += ["math.factorial(%d)" % n for n in (21, 25, 34, 60)]
    c += ["math.gcd(%s, %s)" % (a, b) for a, b in zip(operands(6), operands(6))]
    c += ["math.lcm(%s, %s)" % (a, b) for a, b in zip(operands(4), operands(4))]
    c += ["math.isqrt(abs(%s))" % a for a in operands(6)]
    c += ["math.comb(%d, %d)" % (n, k) for n, k in ((70, 35), (200, 3), (2 ** 64, 2), (100, 101))]
    c += ["math.perm(%d, %d)" % (n, k) for n, k in ((40, 20), (2 ** 64, 3), (30, 30))]
    c += ["math.log(%s)" % a for a in ("2 ** 1500", "10 ** 400", "3 ** 1000")]
    c += ["math.log2(2 ** 3000)", "math.log10(10 ** 1000)", "math.log(-(2 ** 2000))",
          "math.factorial(-(2 ** 70))", "math.factorial(2 ** 70)",
          "math.floor(1e25)", "math.ceil(-1e25)", "math.trunc(2 ** 80)",
          "math.sqrt(2 ** 1100)", "math.comb(2 ** 70, 2 ** 69)"]
    # sum, min/max, sorting, dict keys.
    c += ["sum([2 ** 63] * 4)", "sum([2 ** 63, -(2 ** 63)])", "sum(range(5), 2 ** 64)", "max(2 ** 64, 2 ** 63, 3)",
          "sorted([2 ** 64, -(2 ** 64), 1, 2 ** 63, -(2 ** 63) - 1])", "{2 ** 64: 'a'}[2 ** 32 * 2 ** 32]",
          "len({2 ** 64, 2 ** 64 + 0, 2 ** 32 * 2 ** 32})", "(2 ** 64 - 2 ** 64) == 0", "type(2 ** 64 - 2 ** 63)"]
    # Large but allowed sizes (a few hundred KiB of digits).
    c += ["((3 ** 1000000).bit_length(), 3 ** 1000000 % 1000000007, len(hex(3 ** 1000000)))",
          "(2 ** 3000000 - 1) % (2 ** 89 - 1)", "len(bin(math.factorial(20000)))"]
    # Indexing with big values.
    c += ["[1, 2][2 ** 64]", "'abc'[:2 ** 70]", "(1, 2, 3)[-(2 ** 70):]", "len(range(2 ** 62, 2 ** 63 - 1))"]
    return c


def main():
    lines = ["# Generated by tools/gen_bigint_cases.py from CPython %s; do not edit." % sys.version.split()[0]]
    seen = set()
    for src in cases():
        if src in seen:
            continue
        seen.add(src)
        kind = "expr"
        if "math." in src:  # a whole program that imports math first
            kind, src = "code", "import math\n" + snippet("expr", src)
        lines.append("\t".join([kind, escape(src), escape(run(kind, src))]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("%s: %d cases" % (OUT, len(lines) - 1))


if __name__ == "__main__":
    main()
