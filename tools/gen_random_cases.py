#!/usr/bin/env python3
"""Writes tests/data/random_cases.txt: CPython's random.Random outputs that
tests/tst_mersenne_twister.cpp replays through ls::stdlib::MersenneTwister.

Run with the oracle interpreter (CPython 3.11.7):  python3 tools/gen_random_cases.py

One case per line, tab-separated:
    name  seed  op  args  expected
seed:     i:<int> | s:<str, UTF-8> | w:<abs value as little-endian 32-bit words>
          | h:<hash(x) of a float seed x>
args:     space-separated numbers (the op's parameters, then a repeat count)
expected: space-separated results; floats as '%.17g', so both sides compare
          the exact double.  An exception is written '!<Type>: <message>'.
"""
import os
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "random_cases.txt")

INT_SEEDS = [0, 1, 42, 12345, -7, 2**40 + 3, 2**63 - 1, -(2**63)]
STR_SEEDS = ["hello", "", "h\u00e9llo w\u00f6rld", "x" * 200]
BIG_SEEDS = [2**64 + 1, -(2**70) - 12345, 3**100]
FLOAT_SEEDS = [3.5, -2.25, 1e100, 0.1]  # seeded through hash(x)


def fmt(v):
    return "%.17g" % v if isinstance(v, float) else str(v)


def seed_field(seed):
    if isinstance(seed, float):
        return "h:%d" % hash(seed)
    if isinstance(seed, str):
        return "s:" + seed
    if -(2**63) <= seed < 2**63:
        return "i:%d" % seed
    a = abs(seed)
    words = []
    while a:
        words.append(a & 0xFFFFFFFF)
        a >>= 32
    return "w:" + ",".join(str(w) for w in words)


def make(seed):
    r = random.Random()
    r.seed(seed)
    return r


def run(seed, op, args):
    """The reference behaviour of each op the C++ test knows."""
    r = make(seed)
    n = args[-1] if op not in ("shuffle", "sample") else None
    if op == "random":
        return [r.random() for _ in range(n)]
    if op == "getrandbits":
        return [r.getrandbits(args[0]) for _ in range(n)]
    if op == "randrange1":
        return [r.randrange(args[0]) for _ in range(n)]
    if op == "randrange":
        return [r.randrange(args[0], args[1], args[2]) for _ in range(n)]
    if op == "randint":
        return [r.randint(args[0], args[1]) for _ in range(n)]
    if op == "choice":
        seq = list(range(args[0]))
        return [r.choice(seq) for _ in range(n)]
    if op == "shuffle":
        out = []
        for _ in range(args[1]):
            x = list(range(args[0]))
            r.shuffle(x)
            out += x
        return out
    if op == "sample":
        return r.sample(range(args[0]), args[1])
    if op == "uniform":
        return [r.uniform(args[0], args[1]) for _ in range(n)]
    if op == "gauss":
        return [r.gauss(args[0], args[1]) for _ in range(n)]
    if op == "normalvariate":
        return [r.normalvariate(args[0], args[1]) for _ in range(n)]
    if op == "expovariate":
        return [r.expovariate(args[0]) for _ in range(n)]
    if op == "triangular":
        return [r.triangular(args[0], args[1], args[2]) for _ in range(n)]
    if op == "triangular2":  # mode=None
        return [r.triangular(args[0], args[1]) for _ in range(n)]
    if op == "randbytes":
        return [r.randbytes(args[0]).hex() for _ in range(n)]
    if op == "mixed":  # interleaving keeps gauss_next and the word index honest
        out = []
        for _ in range(n):
            out += [r.gauss(0.0, 1.0), r.random(), r.randrange(1000), r.gauss(5.0, 2.0), r.getrandbits(40)]
        return out
    raise ValueError(op)


def cases():
    for seed in INT_SEEDS + STR_SEEDS + BIG_SEEDS + FLOAT_SEEDS:
        yield seed, "random", [20]
    for seed in INT_SEEDS:
        yield seed, "getrandbits", [1, 10]
        yield seed, "getrandbits", [31, 5]
        yield seed, "getrandbits", [32, 5]
        yield seed, "getrandbits", [33, 5]
        yield seed, "getrandbits", [64, 5]
        yield seed, "randrange1", [10, 20]
        yield seed, "randrange1", [2**62 + 1, 5]
        yield seed, "randrange", [0, 100, 1, 20]
        yield seed, "randrange", [5, 100, 7, 20]
        yield seed, "randrange", [100, -5, -3, 20]
        yield seed, "randrange", [-10, 10, 2, 20]
        yield seed, "randrange", [0, 1, 1, 5]
        yield seed, "randrange", [-(2**63), 2**63 - 1, 1, 5]
        yield seed, "randrange", [2**63 - 1, -(2**63), -(2**62), 5]
        yield seed, "randint", [1, 6, 30]
        yield seed, "randint", [-1000, 1000, 10]
        yield seed, "randint", [0, 2**63 - 1, 5]
        yield seed, "choice", [1, 5]
        yield seed, "choice", [7, 20]
        yield seed, "choice", [1000, 10]
        yield seed, "shuffle", [10, 3]
        yield seed, "shuffle", [52, 2]
        yield seed, "shuffle", [1, 1]
        yield seed, "shuffle", [2, 4]
        for n, k in [(10, 3), (10, 10), (10, 0), (21, 5), (22, 5), (100, 3), (100, 5), (100, 6),
                     (100, 50), (1000, 20), (30, 8), (27, 6), (1000000, 10), (60, 40), (5, 1)]:
            yield seed, "sample", [n, k]
        yield seed, "uniform", [0.0, 1.0, 10]
        yield seed, "uniform", [-3.5, 2.25, 10]
        yield seed, "uniform", [10.0, 1.0, 5]
        yield seed, "gauss", [0.0, 1.0, 11]
        yield seed, "gauss", [100.0, 15.0, 6]
        yield seed, "normalvariate", [0.0, 1.0, 10]
        yield seed, "expovariate", [1.5, 10]
        yield seed, "expovariate", [-0.5, 3]
        yield seed, "triangular", [0.0, 10.0, 3.0, 10]
        yield seed, "triangular", [2.0, 2.0, 2.0, 2]
        yield seed, "triangular2", [1.0, 3.0, 5]
        yield seed, "mixed", [4]
        yield seed, "randbytes", [0, 1]
        yield seed, "randbytes", [1, 3]
        yield seed, "randbytes", [7, 3]
        yield seed, "randbytes", [16, 2]
    for seed in STR_SEEDS + BIG_SEEDS:
        yield seed, "randint", [1, 100, 10]
        yield seed, "gauss", [0.0, 1.0, 5]
    # Errors: the message text is part of CPython's behaviour.
    for op, args in [("randrange1", [0, 1]), ("randrange1", [-3, 1]), ("randrange", [5, 5, 1, 1]),
                     ("randrange", [5, 2, 1, 1]), ("randrange", [0, 10, 0, 1]), ("randrange", [10, 0, 2, 1]),
                     ("randrange", [0, 10, -1, 1]), ("randint", [3, 1, 1]), ("choice", [0, 1]),
                     ("sample", [3, 4]), ("sample", [3, -1]), ("getrandbits", [-1, 1]),
                     ("expovariate", [0.0, 1]), ("randint", [2**63 - 1, 2**63 - 2, 1])]:
        yield 42, op, args


def main():
    lines = []
    for i, (seed, op, args) in enumerate(cases()):
        try:
            expected = " ".join(fmt(v) for v in run(seed, op, args))
        except Exception as e:  # noqa: BLE001 - the exception is the expected value
            expected = "!%s: %s" % (type(e).__name__, e)
        lines.append("\t".join(["%s_%d" % (op, i), seed_field(seed), op, " ".join(fmt(a) for a in args), expected]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Generated by tools/gen_random_cases.py (CPython %s); do not edit.\n" % __import__("sys").version.split()[0])
        f.write("\n".join(lines) + "\n")
    print("wrote %d cases to %s" % (len(lines), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
