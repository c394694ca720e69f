#!/usr/bin/env python3
"""Generate the expected values of the text/formatting unit tests.

    python3 tools/gen_format_cases.py [--check]

Evaluates every case in the running python3 (it must be CPython 3.11.7, the
project's oracle) and writes

    tests/data/format_cases.tsv   float repr, round, float()/int() parsing,
                                  format specs, %-formatting, str repr
    tests/data/unicode_cases.tsv  per code point properties and case
                                  mappings, str case methods

which tests/tst_format_*.cpp, tst_percent_format.cpp and tst_unicode.cpp read
(the tests never run Python). Each line is ``kind<TAB>field...``; in every
field a backslash, tab, newline and carriage return are written as ``\\\\``,
``\\t``, ``\\n`` and ``\\r``, and text is UTF-8 ("surrogatepass", so lone
surrogates survive). Floats travel as the 16 hex digits of their IEEE bits.
Random cases use a fixed seed: the output is deterministic. With --check
nothing is written and the exit code says whether the files are current.
"""

import argparse
import json
import math
import os
import random
import struct
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "data")


def esc(value):
    """One TSV field: text escaped as described in the module docstring."""
    if not isinstance(value, str):
        value = str(value)
    return (value.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def outcome(fn):
    """(status, text): ('ok', result) or (exception name, message)."""
    try:
        return "ok", fn()
    except (ValueError, TypeError, OverflowError, KeyError) as e:
        return type(e).__name__, (repr(e.args[0]) if isinstance(e, KeyError) else str(e))


class Rows:
    def __init__(self):
        self.lines = []

    def add(self, kind, *fields):
        self.lines.append("\t".join([kind] + [esc(f) for f in fields]))

    def comment(self, text):
        self.lines.append("# " + text)

    def text(self):
        return "\n".join(self.lines) + "\n"


# ---- floats -------------------------------------------------------------------

def interesting_floats(rng):
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100.0, 1e16, 1e15, 9999999999999998.0,
            1e17, 1.5e-5, 1e-5, 1e-4, 0.0001, 0.00012345, 123456789.0, 1e22, 1e23, 2.0 ** 53,
            2.0 ** 53 + 2, 2e16 + 8, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
            1.7976931348623157e308, -1.7976931348623157e308, math.pi, math.e, 2.675, 0.125, 0.375,
            2.5, 3.5, -2.5, 0.5, 1.5, 1234.5, 1e300, 1e-300, 123.456, 1234567.5, 0.05, 0.15, 0.25,
            0.35, 9.995, 99.5, 999999.5, 1e100, 12345678901234567890.0, float("inf"), float("-inf"),
            float("nan"), 4.35, 0.045, 1.005, 8.345, 1e-7, 9.5e-5]
    for k in range(-30, 31):
        vals.append(10.0 ** k)
        vals.append(-(10.0 ** k) * 1.5)
    for k in (-1074, -1060, -1023, -1022, -100, -53, -1, 0, 1, 52, 53, 63, 64, 100, 1023):
        vals.append(2.0 ** k)
    for _ in range(1200):  # uniform over the bit patterns: extremes and subnormals
        x = from_bits(rng.getrandbits(64))
        if not math.isnan(x):
            vals.append(x)
    for _ in range(500):  # short decimals, the everyday values
        vals.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 6)))
    for _ in range(300):  # subnormals
        vals.append(from_bits(rng.getrandbits(52)) * rng.choice((1, -1)))
    for _ in range(300):  # any magnitude, full precision
        vals.append(rng.uniform(1, 10) * 10.0 ** rng.randint(-320, 300))
    return vals


def gen_float_repr(rows, rng):
    rows.comment("repr <bits> <repr(float)>")
    vals = interesting_floats(rng)
    seen = set()
    for x in vals:
        b = bits(x)
        if b in seen:
            continue
        seen.add(b)
        rows.add("repr", b, repr(x))
    return vals


def gen_round(rows, rng, vals):
    rows.comment("round <bits> <ndigits> <status> <repr(round(x, n))>; round0 <bits> <status> <round(x)>")
    cases = [(2.675, 2), (0.125, 2), (0.375, 2), (1234.5, -1), (1235.0, -1), (1245.0, -1), (-0.4, 0),
             (0.5, 0), (1.5, 0), (2.5, 0), (-2.5, 0), (1.7976931348623157e308, -308),
             (-1.7976931348623157e308, -308), (1.7976931348623157e308, -307), (5e-324, 400), (5e-324, 323),
             (5e-324, 324), (12345.0, -400), (-12345.0, -400), (float("inf"), 2), (float("nan"), 2),
             (1e300, -300), (5e299, -300), (1.5e300, -300), (0.0, 3), (-0.0, -3), (123.456, 10 ** 6),
             (123.456, -10 ** 6), (9.995, 2), (0.045, 2), (1.005, 2), (8.345, 2), (99.5, 0), (999999.5, -6),
             (4.5e15, -15), (5e15, -16), (5e-5, 4), (0.00015, 4), (1e22, -22), (5e22, -23)]
    for x in vals[:400]:
        cases.append((x, rng.randint(-5, 8)))
    for _ in range(200):
        cases.append((round(rng.uniform(-1000, 1000), rng.randint(1, 5)), rng.randint(-3, 4)))
    for x, n in cases:
        st, res = outcome(lambda: repr(round(x, n)))
        rows.add("round", bits(x), n, st, res)
    for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497.0, 1e18, -1e18,
              9.3e18, -9.3e18, 1e300, float("inf"), float("-inf"), float("nan"), -0.4, 3.5, 1e-300] + vals[:200]:
        st, res = outcome(lambda: str(round(x)))
        rows.add("round0", bits(x), st, res)


# ---- parsing --------------------------------------------------------------------

FLOAT_INPUTS = [
    "1.5", " 1.5 ", "\t-2.5e10\n", "1_000.5", "1_e5", "1e1_0", "1__0", "_1", "1_", "1._5", "1_.5", ".5", "5.",
    ".", "", " ", "e5", "1e", "1e+", "1e-5", "1E5", "+1.5", "-1.5", "+-1", "--1", "inf", "-inf", "+inf", "INF",
    "iNfInItY", "-Infinity", "infinit", "infinityy", "in", "nan", "-nan", "+NaN", "nAn", "nan1", "in_f",
    "1e500", "-1e500", "1e-500", "-1e-500", "0x1p3", "0x10", "1.5\x00", "\x001.5", "١٢", "١.٥",
    "\u20031.5\u2003", "\x851.5", "\x1c1.5", "1.5\x1c", "1,5", "1 5", "0", "-0", "-0.0", "00001.5", "1.e5",
    "2.4703282292062328e-324", "2.4703282292062327e-324", "4.9406564584124654e-324",
    "1.7976931348623157e308", "1.7976931348623159e308", "1e99999999999999999999", "1e-99999999999999999999",
    "0e99999999999", "0.000000000000000000000000000000000000000000000000001e-280", "1" * 400,
    "0." + "0" * 400 + "1", "9" * 20 + "e-30", "1_2_3.4_5e1_0", "1e+0_1", "١_٢", "a", "abc", "1.5j",
    "True", "1.5f", "1d5", "∞", "½", "\xa0\xa01", "1\u2028",
]

INT_INPUTS = [
    ("0", 10), ("-0", 10), ("+5", 10), (" 12 ", 10), ("\t-7\n", 10), ("1_000", 10), ("1__000", 10),
    ("_1", 10), ("1_", 10), ("0x10", 16), ("0X10", 16), ("0x_1f", 16), ("0x__1f", 16), ("0x", 16),
    ("0x10", 0), ("0o17", 0), ("0O17", 0), ("0b101", 0), ("0B1", 2), ("0b", 0), ("010", 0), ("00", 0),
    ("0_0", 0), ("0_7", 0), ("-0x_f", 0), ("0x1g", 16), ("z", 36), ("Z", 36), ("zz", 35), ("12", 1),
    ("12", 37), ("12", -1), ("", 10), (" ", 10), ("+-1", 10), ("1 2", 10), ("١٢٣", 10), ("٣", 16),
    ("\x85 5 ", 10), ("5\x00", 10), ("\x1c5", 10), ("abc", 10), ("1.5", 10), ("1e5", 10), ("0b1", 16),
    ("9223372036854775807", 10), ("-9223372036854775808", 10), ("9223372036854775808", 10),
    ("-9223372036854775809", 10), ("0x7fffffffffffffff", 0), ("-0x8000000000000000", 0),
    ("0x8000000000000000", 0), ("1" * 70, 2), ("123456789" * 5, 10), ("a" * 300, 10), ("1" * 5000, 10),
    ("9" * 5000 + "x", 10), ("0" * 5000, 10), ("1" * 5000, 16), ("7" * 4300, 10), ("f" * 17, 16),
    ("-" + "f" * 16, 16), ("0o777", 8), ("0o8", 8), ("8", 8), ("10", 7), (" -0b1_0_1 ", 0), ("1_0", 0),
    ("0_1", 0), ("00_00", 0), ("\u00b2", 10), ("𝟓", 10), ("１２", 10),
]


def big_digits(v, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    v = abs(v)
    out = ""
    while v:
        v, r = divmod(v, base)
        out = digits[r] + out
    return out or "0"


def effective_base(s, base):
    if base != 0:
        return base
    t = s.strip().lstrip("+-").lower()
    return {"0x": 16, "0o": 8, "0b": 2}.get(t[:2], 10)


def gen_parse(rows, rng, vals):
    rows.comment("parsefloat <input> <status> <repr(float(input)) or message>")
    inputs = list(FLOAT_INPUTS)
    for x in vals[:300]:
        inputs.append(repr(x))
        inputs.append("%.17g" % x)
        inputs.append(" %r\n" % x if rng.random() < 0.5 else "%.20e" % x)
    for _ in range(150):  # underscores in random places
        s = "%.*f" % (rng.randint(0, 6), rng.uniform(0, 1e9))
        pos = rng.randint(0, len(s))
        inputs.append(s[:pos] + "_" + s[pos:])
    for s in inputs:
        st, res = outcome(lambda: repr(float(s)))
        rows.add("parsefloat", s, st, res)

    rows.comment("parseint <input> <base> <status> <str(int) | big: [-]base:digits | message>")
    cases = list(INT_INPUTS)
    for _ in range(200):
        base = rng.choice([0, 2, 8, 10, 16, 36, 5])
        v = rng.randint(-(2 ** 64), 2 ** 64) if rng.random() < 0.3 else rng.randint(-10 ** 6, 10 ** 6)
        b = 10 if base == 0 else base
        text = ("-" if v < 0 else "") + big_digits(v, b)
        if base == 0 and rng.random() < 0.5:
            prefix, b = rng.choice([("0x", 16), ("0o", 8), ("0b", 2)])
            text = ("-" if v < 0 else "") + prefix + big_digits(v, b)
        cases.append((text, base))
    for s, base in cases:
        st, res = outcome(lambda: int(s, base))
        if st == "ok" and not (-(2 ** 63) <= res < 2 ** 63):
            eb = effective_base(s, base)
            st, res = "big", ("-" if res < 0 else "") + "%d:%s" % (eb, big_digits(res, eb))
        rows.add("parseint", s, base, st, str(res))


# ---- format specs -----------------------------------------------------------------

INT_VALUES = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234, -1234, 65, 0x10FFFF, 0x110000, 1234567, -1234567,
              123456789012, 2 ** 31, 2 ** 53 + 1, 2 ** 63 - 1, -(2 ** 63), 9007199254740993]
FLOAT_VALUES = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 2.5, 3.14159265358979, -2.71828, 123.456, 1234567.5,
                1e16, 1e15, 1e-5, 1e-4, 0.00012345, 1e300, -1e300, 5e-324, 12345678.9, 0.5, 0.125, -0.001,
                -0.0004, 99.99, 999.9999, 1e22, float("inf"), float("-inf"), float("nan"), 100.0]
STR_VALUES = ["", "a", "abc", "héllo", "中文字", "😀x", "it's", "tab\there", "x" * 12]

SPEC_ERRORS = [
    "z", ".", "10.2.3", "xxx", ",_", "_,", ",,", ",x", "_c", ",s", "_s", "=10", "+", " ", "#", ".2", "z.2",
    "+c", "#c", "é", "\x01", "99999999999999999999", ".99999999999999999999", ".2147483648f", "d", "s",
    "c", "n", ",n", "_n", "%", "b", "#x", "\u0661\u0660", "٥.٢f", ",d", "_e", "_b", ",b", "z,f", "zd",
    "z#x", "=", "0", "00", "<05", "^z", "q<", "é^7", "*>+#012,.3", "-", "10", ".0", "#.0", ".0e", "#g",
]


def spec_product(rng, types, count):
    fills = ["", "<", ">", "^", "=", "*<", "*^", "*=", "0", "é>", "x=", "0<", "0^"]
    signs = ["", "+", " ", "-"]
    widths = ["", "1", "8", "012", "20"]
    groups = ["", ",", "_"]
    precs = ["", ".0", ".1", ".3", ".12", ".30"]
    out = set()
    while len(out) < count:
        spec = (rng.choice(fills) + rng.choice(signs) + ("z" if rng.random() < 0.1 else "")
                + ("#" if rng.random() < 0.25 else "") + rng.choice(widths) + rng.choice(groups)
                + rng.choice(precs) + rng.choice(types))
        out.add(spec)
    return sorted(out)


def gen_format_specs(rows, rng):
    rows.comment("fmt <int|bool|float|str> <value> <spec> <status> <format(value, spec) or message>")
    int_specs = spec_product(rng, ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "s"], 700)
    for spec in int_specs + SPEC_ERRORS:
        for v in rng.sample(INT_VALUES, 4):
            st, res = outcome(lambda: format(v, spec))
            rows.add("fmt", "int", v, spec, st, res)
    for spec in ["d", "x", "c", "s", "+d", "#x", "5", "f", "z", "10.2.3", ",", "_b"]:
        for v in (True, False):
            st, res = outcome(lambda: format(v, spec))
            rows.add("fmt", "bool", v, spec, st, res)
    float_specs = spec_product(rng, ["", "e", "E", "f", "F", "g", "G", "n", "%", "d"], 900)
    for spec in float_specs + SPEC_ERRORS:
        for v in rng.sample(FLOAT_VALUES, 4):
            st, res = outcome(lambda: format(v, spec))
            rows.add("fmt", "float", bits(v), spec, st, res)
    for v in FLOAT_VALUES:  # every value through the common specs
        for spec in ["", ".0", ".1", ".3", ".17", "e", ".0e", "#.0e", "g", ".0g", "#g", "#.3g", "f", ".0f",
                     "#.0f", ".2%", ",.2f", "_.3f", "015,.2f", "+.3", "z.1f", "z.0%", "n", ".50f", ".30e",
                     "^+20,.5g", "020.3e", "#.10g", ".16g", ".17g", "G", "F", "E"]:
            st, res = outcome(lambda: format(v, spec))
            rows.add("fmt", "float", bits(v), spec, st, res)
    rows.comment("fmtbig <negative 0/1> <magnitude digits in the spec type's base> <spec> <status> <expected>")
    for v in [2 ** 64, -(2 ** 64), 2 ** 70 + 12345, -(3 ** 50), 10 ** 30, 2 ** 1100]:
        for spec in ["d", "x", "X", "#x", "#X", "b", "#b", "o", "#o", ",", "_", "_x", "_b", "40,", "+d", " d",
                     "=+50_d", "^60", "n", "e", ".3f", "%", ",.2f", "g", "c", "+c", "z", ".2", "s", "0=50,"]:
            t = spec[-1] if spec[-1] in "bcdoxXneEfFgG%s" else "d"
            base = {"b": 2, "o": 8, "x": 16, "X": 16}.get(t, 10)
            st, res = outcome(lambda: format(v, spec))
            rows.add("fmtbig", int(v < 0), big_digits(v, base), spec, st, res)
    str_specs = spec_product(rng, ["", "s"], 250)
    for spec in str_specs + SPEC_ERRORS:
        for v in rng.sample(STR_VALUES, 3):
            st, res = outcome(lambda: format(v, spec))
            rows.add("fmt", "str", v, spec, st, res)


# ---- %-formatting ------------------------------------------------------------------

def encode_value(v):
    if v is None:
        return ["n", ""]
    if isinstance(v, bool):
        return ["b", "1" if v else "0"]
    if isinstance(v, int):
        return ["i", str(v)]
    if isinstance(v, float):
        return ["f", bits(v)]
    return ["s", v]


def encode_args(args):
    if isinstance(args, tuple):
        return json.dumps({"shape": "tuple", "items": [encode_value(v) for v in args]})
    if isinstance(args, dict):
        return json.dumps({"shape": "dict", "items": [[k] + encode_value(v) for k, v in args.items()]})
    return json.dumps({"shape": "single", "items": [encode_value(args)]})


PERCENT_CASES = [
    ("%s", 5), ("%s", "abc"), ("%r", "abc"), ("%a", "é😀"), ("%s", None), ("%r", 1.5), ("%s", True),
    ("%d", True), ("%x", True), ("%c", True), ("%d", 1.5), ("%d", -1.5), ("%x", 1.5), ("%o", 1.5),
    ("%d", "5"), ("%f", "a"), ("%f", None), ("%d", float("inf")), ("%d", float("nan")), ("%i", 1e18),
    ("%d", 1e300), ("%c", "ab"), ("%c", ""), ("%c", 1.5), ("%c", None), ("%c", -1), ("%c", 0x110000),
    ("%c", 0x10FFFF), ("%c", "😀"), ("%3c|", "😀"), ("%5c", "x"), ("%-5c|", 65), ("%y", 1), ("abc %y", 1),
    ("%y", ()), ("%", ()), ("%5", ()), ("%.", ()), ("%(a", {"a": 1}), ("%(a)s", 5), ("%(a)s", {}),
    ("%(a)s", (1,)), ("%s %s", (1,)), ("%s", (1, 2)), ("abc", 5), ("abc", ()),
    ("abc", {}), ("", ()), ("", 5), ("%s", {"a": 1}), ("%r", {"a": "é"}), ("%a", {"é": 1}),
    ("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%(a)s %(a)s", {"a": 1}), ("%(a)s %(b)d", {"a": "x", "b": 2}),
    ("%(a)*d", {"a": 5}), ("%(x)(y)s", {"x)(y": 1}), ("%(x(y)s)s", {"x(y)s": 1}), ("%(a)%", {"a": 1}),
    ("%5%", ()), ("%-5%", ()), ("%%", ()), ("100%%", ()), ("%s%%", 5), ("%é", 1), ("%\x01", 1), ("%\x1f", 1),
    ("%ld", 5), ("%lld", 5), ("%hd", 5), ("%Lf", 1.5), ("%l", 5), ("%*d", ("a", 1)), ("%*d", (-5, 1)),
    ("%.*f", (-3, 1.5)), ("%.*f", (2 ** 40, 1.5)), ("%*.*f|", (10, 3, 3.14159)), ("%-*d|", (5, 3)),
    ("%*d", (True, 7)), ("%*d", (1.5, 7)), ("%.*s|", (2, "abc")), ("%*s", (3,)), ("%.3s", "abcdef"),
    ("%.0s|", "abc"), ("%5.1s|", "abc"), ("%10.4s|", "abcdefg"), ("%-10s|", "é中"), ("%3s|", "中文字x"),
    ("%#o", 8), ("%#x", -255), ("%#X", 255), ("%+.3d", 5), ("%08.3f", -1.5), ("%-08d|", 5), ("% d", 5),
    ("%+ d", 5), ("%#.0f", 1), ("%#g", 1), ("%g", 1e20), ("%05s", "ab"), ("%+5s|", 5), ("%#08x", 255),
    ("%#8x", 255), ("%-#8x|", 255), ("%.0e", 12345), ("%.2f", 1), ("%-05d|", -3), ("%+05d", -3),
    ("% 05d", 3), ("%#5o|", 0), ("%#05X", 255), ("%#-8o|", 8), ("%x", -255), ("%#.5x", 255), ("%+#x", 255),
    ("%#.5x", -255), ("%-+5d|", 3), ("%99999999999999999999d", 1),
    ("%.2147483648f", 1.5), ("%.3000000000d", 1), ("%f", float("inf")),
    ("%F", float("-inf")), ("%E", float("nan")), ("%+f", float("nan")), ("%010f", float("inf")),
    ("%-10e|", float("-inf")), ("%g", -0.0), ("%+.0f", -0.0), ("%e", 0.0), ("%.3g", 0.0001234),
    ("%s and %r", ("é", "é")), ("%s", ("a",)), ("%s", ("x",)),
    ("%d%%", 50), ("%.1f%%", 99.5), ("%(n)05.1f", {"n": 3.14159}), ("%(s)-6s|", {"s": "ab"}),
]


def gen_percent(rows, rng):
    rows.comment("percent <format> <args as JSON> <status> <format % args or message>")
    cases = list(PERCENT_CASES)
    values = [0, 1, -1, 42, -42, 255, 65, 1234567, -(2 ** 63), 2 ** 63 - 1, 0.0, -0.0, 1.5, -2.5, 3.14159,
              1e-5, 1e16, 123456.789, 1e300, 5e-324, float("inf"), float("nan"), "abc", "é", "中文", "😀", "",
              None, True, False]
    convs = "sradiuoxXeEfFgGc"
    for _ in range(1500):
        conv = rng.choice(convs)
        flags = "".join(rng.sample("-+ #0", rng.randint(0, 3)))
        width = rng.choice(["", "", "1", "5", "12", "*"])
        prec = rng.choice(["", "", ".0", ".2", ".5", ".12", ".*"])
        fmt = "<%" + flags + width + prec + conv + ">"
        args = []
        if width == "*":
            args.append(rng.choice([-8, -3, 0, 4, 10]))
        if prec == ".*":
            args.append(rng.choice([-1, 0, 3, 7]))
        args.append(rng.choice(values))
        cases.append((fmt, tuple(args) if len(args) > 1 or rng.random() < 0.5 else args[0]))
    for fmt, args in cases:
        st, res = outcome(lambda: fmt % args)
        rows.add("percent", fmt, encode_args(args), st, res)


# ---- str repr ------------------------------------------------------------------------

def gen_str_repr(rows, rng):
    rows.comment("strrepr <str> <repr(str)> <ascii(str)>")
    samples = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\t\n\r", "\x00\x01\x1f\x7f",
               "\x80\x9f\xa0\xad\xff", "é", "中文", "😀", "\u2028\u2029", "\u200b\u200e\ufeff", "\ud800",
               "\udfff\ud83d", "\U000e0001", "\U0010ffff", "\uffff", "\u0378", "\ue000", "a\u0301",
               "\u3000", "\u00a0x", "'\"", "\"", "'", "ÿĀ", "\U0001f600\U0001f1fa\U0001f1f8"]
    pool = [chr(c) for c in range(0x3000)] + [chr(c) for c in range(0x1f000, 0x1f700)]
    for _ in range(300):
        samples.append("".join(rng.choice(pool) for _ in range(rng.randint(1, 6))))
    for c in range(0, 0x400):  # the Latin/Greek/Cyrillic start of the BMP, one by one
        samples.append(chr(c))
    for s in samples:
        rows.add("strrepr", s, repr(s), ascii(s))


# ---- unicode tables ----------------------------------------------------------------------

def ranges(pred):
    out, start = [], None
    for c in range(0x110001):
        inside = c <= 0x10FFFF and pred(chr(c))
        if inside and start is None:
            start = c
        elif not inside and start is not None:
            out.append("%x-%x" % (start, c - 1))
            start = None
    return ",".join(out)


def gen_unicode(rows, rng):
    rows.comment("prop <name> <hex ranges where python says True>")
    cat = unicodedata.category
    props = [
        ("printable", str.isprintable), ("space", str.isspace), ("alpha", str.isalpha),
        ("decimal", str.isdecimal), ("digit", str.isdigit), ("numeric", str.isnumeric),
        ("alnum", str.isalnum), ("upper", str.isupper), ("lower", str.islower),
        ("title", lambda c: cat(c) == "Lt"),
    ]
    for name, pred in props:
        rows.add("prop", name, ranges(pred))
    rows.comment("digitval <cp> <decimal value or -1> <digit value or -1>")
    for c in range(0x110000):
        ch = chr(c)
        if ch.isdigit():
            rows.add("digitval", "%x" % c, unicodedata.decimal(ch, -1), unicodedata.digit(ch, -1))
    rows.comment("cpmap <cp> <upper> <lower> <title> <casefold> (code points mapping to themselves omitted)")
    for c in range(0x110000):
        ch = chr(c)
        m = (ch.upper(), ch.lower(), ch.title(), ch.casefold())
        if any(x != ch for x in m):
            rows.add("cpmap", "%x" % c, *m)
    rows.comment("strcase <s> <upper> <lower> <title> <casefold> <capitalize> <swapcase> "
                 "<isupper islower istitle isprintable isspace isalpha isdigit isalnum as 0/1>")
    samples = ["", "hello world", "Hello World", "HELLO", "hELLO wORLD", "straße", "ǅungla", "ǆ", "ǅ",
               "ΑΣ", "ΑΣ ΑΣΑ", "Σ", "aΣ", "ΣΑ", "ΑΣ.", "ΑΣ'", "ΑΣ'Α", "Α.Σ", "ΑΣ\u0301", "ΑΣ\u0301Α",
               "ﬁne ﬂow", "ŉ", "İstanbul", "ı", "they're bill's", "123abc", "abc123def", "a1b2", "x-y_z",
               "ᾳ ᾼ ᾲ", "ǰ", "ΐ", "Ⓐⓑ", "ⅷ Ⅷ", "ª º", "ʰ", "   ", "\t\n", "١٢٣", "²", "½", "一二三", "\x00",
               "A\u00adΣ", "Á\u0301", "aΣ\u200b", "ΣΣ", "aΣΣ", "aΣΣb", "ß", "ẞ", "ﬃ", "ǈ", "ǉ"]
    pool = ("aAzZ09 _.,'-ßİıΣσςΑ\u0301\u0345ǅǈﬁŉᾳⅧⓐªʰ中😀\u200b\u00ad·:ͅ"
            + "".join(chr(c) for c in range(0xc0, 0x250)) + "".join(chr(c) for c in range(0x370, 0x400)))
    for _ in range(600):
        samples.append("".join(rng.choice(pool) for _ in range(rng.randint(1, 8))))
    for s in samples:
        flags = "".join("1" if f() else "0" for f in (s.isupper, s.islower, s.istitle, s.isprintable,
                                                     s.isspace, s.isalpha, s.isdigit, s.isalnum))
        rows.add("strcase", s, s.upper(), s.lower(), s.title(), s.casefold(), s.capitalize(), s.swapcase(),
                 flags)


def build():
    if sys.version_info[:3] != (3, 11, 7):
        sys.exit("gen_format_cases.py: the oracle is CPython 3.11.7, this is %s" % sys.version.split()[0])
    rng = random.Random(20240611)
    fmt = Rows()
    fmt.comment("Generated by tools/gen_format_cases.py from CPython %s; do not edit." % sys.version.split()[0])
    vals = gen_float_repr(fmt, rng)
    gen_round(fmt, rng, vals)
    gen_parse(fmt, rng, vals)
    gen_format_specs(fmt, rng)
    gen_percent(fmt, rng)
    gen_str_repr(fmt, rng)
    uni = Rows()
    uni.comment("Generated by tools/gen_format_cases.py from CPython %s (Unicode %s); do not edit."
                % (sys.version.split()[0], unicodedata.unidata_version))
    gen_unicode(uni, rng)
    return {"format_cases.tsv": fmt.text(), "unicode_cases.tsv": uni.text()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    opts = ap.parse_args()
    stale = []
    for name, text in build().items():
        path = os.path.join(DATA, name)
        data = text.encode("utf-8", "surrogatepass")
        try:
            with open(path, "rb") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current == data:
            continue
        stale.append(name)
        if not opts.check:
            os.makedirs(DATA, exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
    if opts.check and stale:
        print("out of date: " + ", ".join(stale))
        return 1
    for name in stale:
        print("wrote tests/data/" + name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
