#!/usr/bin/env python3
"""Writes tests/data/builtin_number_cases.txt and builtin_str_cases.txt:
CPython's output for snippets exercising int, bool, float, str, None and the
numeric/text builtins. tests/tst_builtins_numbers.cpp and
tests/tst_builtins_str.cpp run the same snippets on LoopScope's VM and
compare the printed output byte for byte.

Run with the oracle interpreter (CPython 3.11.7):  python3 tools/gen_builtin_cases.py

One case per line, tab-separated:   kind  source  expected
kind:     'expr' -- source is an expression; the snippet (see snippet()) prints
          its repr, or `type(e).__name__, e` when it raises;
          'code' -- source is a whole program; its stdout is the expectation.
source and expected escape backslash, tab and newline as \\\\, \\t, \\n.
Ints stay within 64 bits: LoopScope's ints are int64 (beyond that it raises
OverflowError where CPython grows).
"""
import contextlib
import io
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def snippet(kind, source):
    """The program a case runs; the C++ tests build exactly the same text."""
    if kind == "code":
        return source
    return ("try:\n    __r = (" + source + ")\nexcept Exception as __e:\n"
            "    print(type(__e).__name__, __e)\nelse:\n    print(repr(__r))\n")


def run(kind, source):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(snippet(kind, source), "t.py", "exec"), {"__name__": "__main__"})
    return out.getvalue()


def escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


NUMBER_CASES = [
    # int arithmetic, floor division and modulo signs
    "7 + 3", "7 - 10", "6 * -7", "7 / 2", "-7 / 2", "6 / 3", "7 // 2", "-7 // 2", "7 // -2", "-7 // -2",
    "7 % 3", "-7 % 3", "7 % -3", "-7 % -3", "0 % 5", "2 ** 10", "2 ** 0", "(-2) ** 3", "2 ** -2", "(-2) ** -3",
    "0 ** 0", "10 ** 18", "-(2 ** 62)", "9223372036854775807", "-9223372036854775807 - 1",
    "1 / 3", "2 / 3", "10 / 4", "9007199254740993 / 1", "123456789012345678 / 10", "-9223372036854775807 / 3",
    "9223372036854775807 / 9223372036854775806", "7 // 7", "1 // 3", "-1 // 3",
    # errors
    "1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "0 ** -1", "1 << -1", "1 >> -1", "1 + 'a'", "'a' - 1",
    "1 @ 2", "[] - 1", "-'a'", "~1.5",
    # bits
    "7 & 3", "7 | 8", "7 ^ 2", "~7", "~-1", "1 << 10", "1 << 62", "-1 << 63", "1024 >> 3", "-1024 >> 3",
    "-1 >> 100", "5 >> 64", "0 << 100", "-7 & 0xFF", "-7 | 3", "-7 ^ -3",
    # bool is an int
    "True + True", "True * 3", "True / 2", "-True", "+True", "~True", "~False", "True & False", "True | False",
    "True ^ True", "True & 3", "True << 3", "True == 1", "False == 0", "hash(True)", "hash(False)",
    "True + 0.5", "int(True)", "float(False)", "str(True)", "repr(False)", "True > False", "isinstance(True, int)",
    "bool(0)", "bool(3)", "bool(0.0)", "bool('')", "bool('x')", "bool([])", "bool(None)", "bool()",
    "bool(1, 2)", "bool(x=1)", "(True).real", "True.numerator",
    # comparisons
    "1 < 2", "2 <= 2", "3 == 3.0", "3 != 3.5", "1 < 1.5", "2 > 1.5", "-1 < -0.5",
    "9007199254740993 == 9007199254740992.0", "9007199254740993 > 9007199254740992.0",
    "9223372036854775807 == 9223372036854775808.0", "9223372036854775807 < 9223372036854775808.0",
    "-9223372036854775807 - 1 == -9223372036854775808.0", "1 == float('nan')", "1 < float('inf')",
    "float('nan') == float('nan')", "float('nan') != float('nan')", "1 < 'a'", "1.5 >= None",
    "0.1 + 0.2 == 0.3", "1 == 1.0 == True",
    # int() and its errors
    "int()", "int(42)", "int(-3.99)", "int(3.99)", "int('  -12  ')", "int('1_000_000')", "int('0x1f', 16)",
    "int('0x1f', 0)", "int('0o17', 0)", "int('0b101', 0)", "int('z', 36)", "int('Z', 36)", "int('010', 0)",
    "int('12', 1)", "int('12', 37)", "int('abc')", "int('')", "int('1.5')", "int('1__0')", "int(' ')",
    "int('9', 8)", "int(3.5, 10)", "int([])", "int(None)", "int(x=5)", "int('5', base=2)", "int('11', base=2)",
    "int(float('inf'))", "int(float('nan'))", "int(1e18)", "int(-0.0)", "int('٣')",
    "int('-9223372036854775808')",
    # int methods and attributes
    "(255).bit_length()", "(-255).bit_length()", "(0).bit_length()", "(255).bit_count()", "(-7).bit_count()",
    "(5).conjugate()", "(5).real", "(5).imag", "(5).numerator", "(5).denominator", "(7).as_integer_ratio()",
    "(5).__index__()", "(5).bit_length(1)", "int.bit_length('a')", "(-5).__abs__()", "(5).__float__()",
    "(5).__round__()", "(1234).__round__(-2)", "(1250).__round__(-2)", "(1350).__round__(-2)",
    "(-1250).__round__(-2)", "(15).__round__(-1)", "(25).__round__(-1)", "(5).__round__(2)",
    "(5).__trunc__()", "(5).__floor__()", "(5).__ceil__()",
    # to_bytes / from_bytes
    "(10).to_bytes(2, 'big')", "(10).to_bytes()", "(-1).to_bytes(2, 'little', signed=True)", "(-1).to_bytes(2)",
    "(256).to_bytes(1)", "(5).to_bytes(-1)", "(5).to_bytes(1, 'middle')", "(5).to_bytes(1, 'big', True)",
    "(5).to_bytes(byteorder='little', length=3)", "(5).to_bytes(1, 'big', sign=1)", "(0).to_bytes(0)",
    "(1).to_bytes(0)", "(-129).to_bytes(1, signed=True)", "(127).to_bytes(1, signed=True)",
    "(128).to_bytes(1, signed=True)", "(-2).to_bytes(10, 'little', signed=True)",
    "int.from_bytes(b'\\x01\\x00', 'big')", "int.from_bytes(b'\\x01\\x00', 'little')",
    "int.from_bytes(b'\\xff\\xff', 'big', signed=True)", "int.from_bytes(b'\\xff\\xff')", "int.from_bytes([1, 2])",
    "int.from_bytes([256])", "int.from_bytes('ab')", "int.from_bytes(b'')", "int.from_bytes(b'\\x00' * 20 + b'\\x05')",
    "int.from_bytes(b'\\xff' * 20, signed=True)", "int.from_bytes(b'\\x80' + b'\\x00' * 7, signed=True)",
    "int.from_bytes(5)", "bool.from_bytes(b'\\x01')", "int.from_bytes(b'\\x01', 'x')",
    "int.from_bytes(b'\\x00\\x80', signed=True)",
    # float repr and arithmetic
    "0.1", "1.0", "-0.0", "1e16", "1e15", "1.5e-5", "0.0001", "1/3", "2.5e-324", "1.7976931348623157e308",
    "float('inf')", "float('-inf')", "float('nan')", "3.0 * 2", "7.5 // 2", "-7.5 // 2", "7.5 % 2", "-7.5 % 2",
    "7.5 % -2", "7 % 2.5", "-0.0 % 5", "0.0 % -5", "2.0 ** 0.5", "2.0 ** -1", "(-2.0) ** 3",
    "0.0 ** 0", "0.0 ** -1", "2.0 ** 10000", "10.0 ** -400", "1.0 / 0", "1.0 // 0.0", "1.0 % 0",
    "divmod(1.0, 0)", "float('inf') * 0", "float('inf') - float('inf')", "-float('inf') ** 2", "1e308 * 10",
    "(-1.0) ** float('inf')", "float('nan') ** 0", "1 ** float('nan')", "2 ** 0.5",
    # float() and methods
    "float()", "float(3)", "float('  2.5  ')", "float('1e3')", "float('-inf')", "float('Infinity')",
    "float('nan')", "float('1_0.5')", "float('abc')", "float('')", "float('1__0')", "float([])",
    "float(None)", "float('1', 2)", "float(x=1)", "float('0x10')",
    "(2.5).is_integer()", "(2.0).is_integer()", "(0.1).as_integer_ratio()", "(2.5).as_integer_ratio()",
    "(-0.75).as_integer_ratio()", "float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()",
    "(2.5).hex()", "(-0.1).hex()", "(0.0).hex()", "(1e-310).hex()", "float.fromhex('0x1.8p1')",
    "float.fromhex('-0x1p-2')", "float.fromhex(' 0x1.fffffffffffffp+1023 ')", "float.fromhex('inf')",
    "float.fromhex('abc')", "(1.5).conjugate()", "(1.5).real", "(1.5).imag", "(2.7).__trunc__()",
    "(-2.7).__floor__()", "(-2.7).__ceil__()", "(2.5).__round__()", "(3.5).__round__()", "(2.675).__round__(2)",
    "(1.5).is_integer(1)", "float.__floor__(-1.5)",
    # round
    "round(2.5)", "round(3.5)", "round(-2.5)", "round(0.5)", "round(-0.5)", "round(2.675, 2)", "round(1.05, 1)",
    "round(1234.5678, -2)", "round(5)", "round(5, 2)", "round(1234, -2)", "round(1250, -2)", "round(-1250, -2)",
    "round(2.5, None)", "round(float('inf'))", "round(float('nan'))", "round(float('inf'), 2)", "round()",
    "round(1, 2, 3)", "round('a')", "round(number=2.5)", "round(2.5, ndigits=0)", "round(1.7e308, -308)",
    "round(1e300, -400)", "round(0.125, 2)", "round(-0.0)", "round(True)", "round(2.5, 'a')",
    # abs divmod pow
    "abs(-5)", "abs(-2.5)", "abs(-0.0)", "abs(True)", "abs('a')", "abs()", "abs(1, 2)",
    "divmod(17, 5)", "divmod(-17, 5)", "divmod(17, -5)", "divmod(17.5, 5)", "divmod(-7.5, 2)", "divmod(7, 2.0)",
    "divmod(True, 2)", "divmod('a', 1)", "divmod(1, 'a')", "divmod(1)", "divmod(0.0, -1.0)",
    "pow(2, 10)", "pow(2, -1)", "pow(2.0, 0.5)", "pow(3, 4, 5)", "pow(7, 128, 13)", "pow(5, -1, 7)",
    "pow(5, -2, 7)", "pow(3, 2, -5)", "pow(-2, 3, 5)", "pow(2, 10, 1)", "pow(2, 3, 0)", "pow(2, -1, 4)",
    "pow(2.0, 3, 5)", "pow(2, 3, 5.0)", "pow(2, 3, 'a')", "pow('a', 2, 3)", "pow(2, 'a')", "pow(2, 3, None)",
    "pow(base=2, exp=3)", "pow(2, 3, mod=5)", "pow(1)", "pow(123456789, 987654321, 1000000007)",
    "pow(-3, 3, -7)",
    # hash
    "hash(1)", "hash(-1)", "hash(-2)", "hash(0)", "hash(2 ** 61 - 1)", "hash(2 ** 61)", "hash(2 ** 62)",
    "hash(-(2 ** 61))", "hash(9223372036854775807)", "hash(-9223372036854775807 - 1)", "hash(1.0)",
    "hash(1.5)", "hash(-1.5)", "hash(0.1)", "hash(-0.0)", "hash(1e100)", "hash(float('inf'))",
    "hash(float('-inf'))", "hash(2.0 ** 70)", "hash(1e-300)", "hash(1) == hash(1.0)", "hash(None) == hash(None)",
    "hash([])", "hash()",
    # bin oct hex
    "bin(10)", "bin(-10)", "bin(0)", "oct(8)", "oct(-8)", "hex(255)", "hex(-42)", "hex(0)", "hex(True)",
    "bin(-9223372036854775807 - 1)", "hex(9223372036854775807)", "bin(1.5)", "hex('a')", "oct()",
    # format() with numbers
    "format(42)", "format(42, 'd')", "format(42, '08b')", "format(255, 'X')", "format(255, '#x')",
    "format(255, '#010b')", "format(1234567, ',')", "format(1234567, '_')", "format(-42, '+d')",
    "format(42, ' d')", "format(42, '^9')", "format(42, '*<6')", "format(42, '=+8')", "format(65, 'c')",
    "format(42, 'e')", "format(42, '.2f')", "format(42, '%')", "format(True)", "format(True, 'd')",
    "format(True, '>5')", "format(3.14159, '.2f')", "format(0.25, '%')", "format(1e20, 'g')",
    "format(1.5, '')", "format(1.5, '10.3f')", "format(-1.5, '+.1e')", "format(1234.5, ',.2f')",
    "format(0.0001, 'g')", "format(1e16, '')", "format(2.5, 'd')", "format(42, 's')", "format(42, 'z')",
    "format(1.5, 'x')", "format(float('nan'), '+f')", "format(-0.0, 'z.1f')", "format(1, 2)", "format()",
    "format(None)", "format(None, 'x')", "format(1.0, '#g')", "format(123.456, '.2')", "format(1e-5, '')",
    "f'{3.5:>8.2f}|{7:<4}|{-3:+}'", "f'{1234.5:,}'", "f'{0.5:.0%}'",
    # operator dunders as attributes
    "(5).__add__(2)", "(5).__add__(1.5)", "(5).__radd__(2)", "(2.5).__mul__(2)", "(2.5).__rsub__(1)",
    "True.__and__(False)", "True.__or__(2)", "int.__lt__(1, 2)", "(1).__eq__(1.0)", "(1.0).__eq__(1)",
    "(7).__floordiv__(2)", "(7).__rpow__(2)", "(-3).__neg__()", "(5).__format__('x')", "(2.5).__format__('.3f')",
    "(5).__bool__()", "(0.0).__bool__()", "(3).__invert__()", "True.__repr__()", "(1.5).__mod__(1)",
    "(1.0).__and__", "int.__add__('a', 1)", "(1).__add__()", "(1).__truediv__(0)", "(2.0).__rtruediv__(1)",
    "list(map(int.__mul__, [1, 2], [3, 4]))", "(5).__hash__() == hash(5)", "(9).__rmod__(4)",
    # int/float string conversion
    "str(1e-7)", "str(-0.5)", "str(123456789.0)", "str(1e22)", "repr(1.1)", "str(12)", "repr(-7)",
    "1_000", "0x_ff", "0o777", "0b1010", "1e3", ".5", "5.", "1_0.0_1",
]

NUMBER_CODE = [
    # special methods of script classes reached through the builtins
    "class N:\n    def __abs__(self): return 'abs!'\n    def __round__(self, n=None): return ('round', n)\n"
    "    def __index__(self): return 7\n    def __divmod__(self, o): return ('divmod', o)\n"
    "    def __rdivmod__(self, o): return ('rdivmod', o)\n"
    "print(abs(N()), round(N()), round(N(), 3), bin(N()), hex(N()), divmod(N(), 2), divmod(2, N()))\n"
    "print(int(N()), float(N()), '%x' % N(), '%d' % N(), 'abcdefghij'[N():])\n",
    "class I:\n    def __int__(self): return 42\nprint(int(I()), '%d' % I())\n"
    "class F:\n    def __float__(self): return 2.5\nprint(float(F()), '%.2f' % F())\n"
    "class B:\n    def __int__(self): return 'x'\ntry:\n    int(B())\nexcept TypeError as e:\n    print(e)\n"
    "class T:\n    def __trunc__(self): return 9\nprint(int(T()))\n",
    "x = 10\nx += 5\nx -= 3\nx *= 2\nx //= 5\nx **= 3\nx %= 7\nx <<= 4\nx >>= 1\nx |= 1\nx &= 0xff\nx ^= 3\n"
    "print(x)\ny = 1.5\ny += 1\ny /= 2\ny **= 2\nprint(y)\n",
    "print(sum([0.1] * 10), 0.1 * 3, 1e16 + 1, 2 ** 53 + 1.0, 1 / 7)\n"
    "print(round(2.5), round(3.5), round(-1.5), round(0.1 + 0.2, 10))\n"
    "print(7 // 2, -7 // 2, 7 % -2, divmod(-7, 2), 2 ** 62 + (2 ** 62 - 1))\n",
    "d = {1: 'int', 2.0: 'float', True: 'bool'}\nprint(d)\nprint({1.0, 1, True}, {0, False, 0.0})\n",
    "print(True + True, True * 10, [True, False] == [1, 0], sum([True, True, False]))\n"
    "print(max(1, 2.5), min(-1, -0.5, -1.0), sorted([3, 1.5, True, -2]))\n",
]

STR_CASES = [
    # basics
    "'abc' + 'def'", "'ab' * 3", "3 * 'ab'", "'ab' * 0", "'ab' * -2", "'ab' * True", "'' * 5",
    "'abc' + 1", "'abc' * 'x'", "'abc' * 2.0", "2.0 * 'abc'", "[1] + 'a'", "'a' + None",
    "len('héllo')", "len('')", "len('日本語')", "'abc'[0]", "'abc'[-1]", "'abc'[3]", "'abc'[-4]",
    "'héllo'[1]", "'héllo'[-1]", "'abc'['x']", "'abc'[1.5]", "'abc'[True]",
    "'hello'[1:3]", "'hello'[::-1]", "'hello'[::2]", "'hello'[-3:]", "'hello'[:100]", "'hello'[100:]",
    "'hello'[4:1:-1]", "'héllo wörld'[1:8]", "'héllo wörld'[::-2]", "'héllo'[::0]", "'abc'['a':]",
    "'a' in 'abc'", "'bc' in 'abc'", "'' in 'abc'", "'é' in 'héllo'", "1 in 'abc'", "'x' not in 'abc'",
    "'abc' < 'abd'", "'abc' < 'ab'", "'Z' < 'a'", "'é' > 'z'", "'a' == 'a'", "'a' != 'b'", "'a' < 1",
    "'a' == 1", "'abc' >= 'abc'", "'\\U0001F600' > '\\uffff'",
    "str()", "str(1)", "str(1.5)", "str(None)", "str([1, 'a'])", "str('x')", "str(b='x')",
    "str(object='obj')", "str('a', 'utf-8')", "str(1, 2, 3, 4)",
    "repr('abc')", "repr(\"it's\")", "repr('say \"hi\"')", "repr('both \\' and \"')", "repr('tab\\there')",
    "repr('nl\\n')", "repr('\\x00\\x7f')", "repr('é')", "repr('\\u200b')", "repr('\\U0001F600')",
    "repr('\\\\')", "ascii('é')", "ascii(['é', '\\U0001F600', '\\u20ac'])", "ascii(1)",
    "list('abc')", "list('héllo')", "list('')", "type(iter('abc')).__name__", "type(iter('é')).__name__",
    "next(iter('xy'))",
    # split / rsplit / join / partition / splitlines
    "'a b  c'.split()", "'  a b  '.split()", "'a,b,,c'.split(',')", "'a,b,c'.split(',', 1)",
    "'a b c'.split(None, 1)", "'a b  c  '.split(None, 1)", "''.split()", "''.split(',')", "'abc'.split('')",
    "'a\\tb\\nc\\x0bd\\x1ce'.split()", "'a\\u3000b\\xa0c'.split()", "'a,b,c'.split(sep=',', maxsplit=1)",
    "'a b'.split(1)", "'abc'.split('b', 'x')", "'a b'.split(zz=1)", "'a b'.split(' ', sep=' ')",
    "'a b c'.rsplit()", "'a b  c  '.rsplit(None, 1)", "'a,b,c'.rsplit(',', 1)", "'  a b  '.rsplit(maxsplit=1)",
    "'aXbXc'.rsplit('X', 0)", "'abc'.split('b', 0)", "'a--b--c'.split('--')", "'a--b--c'.rsplit('--', 1)",
    "'-'.join(['a', 'b', 'c'])", "''.join([])", "', '.join(('x',))", "'-'.join('abc')", "'-'.join({'a': 1})",
    "'x'.join(['a', 2])", "'x'.join(('a', 'b', 3))", "'abc'.join(5)", "'é'.join(['a', 'b'])",
    "'a=b=c'.partition('=')", "'abc'.partition('x')", "'a=b=c'.rpartition('=')", "'abc'.rpartition('x')",
    "'abc'.partition('')", "'abc'.partition(1)", "'abc'.partition()",
    "'a\\nb\\r\\nc\\rd'.splitlines()", "'a\\nb\\n'.splitlines(True)", "'a\\nb'.splitlines(keepends=True)",
    "''.splitlines()", "'x\\x0by\\x1dz\\u2028w'.splitlines()", "'a'.splitlines(1, 2)", "'a\\n\\nb'.splitlines()",
    # strip / replace / affixes
    "'  hi  '.strip()", "'  hi  '.lstrip()", "'  hi  '.rstrip()", "'xxhixx'.strip('x')", "'abcba'.strip('ab')",
    "'\\t\\n hi \\x0c'.strip()", "'\\u3000hi\\xa0'.strip()", "'hi'.strip(None)", "'hi'.strip(1)",
    "'héé'.rstrip('é')", "'abc'.lstrip('')", "'abc'.strip('a', 'b')", "'abc'.strip(chars='a')",
    "'aaa'.replace('a', 'b')", "'aaa'.replace('a', 'b', 2)", "'abc'.replace('', '-')", "'abc'.replace('', '-', 2)",
    "'abc'.replace('x', 'y')", "'abc'.replace(1, 'a')", "'abc'.replace('a', 1)", "'abc'.replace('a')",
    "'héllo'.replace('é', 'e')", "'aaa'.replace('a', 'b', -1)", "'aaa'.replace('aa', 'b')",
    "'TestCase'.removeprefix('Test')", "'TestCase'.removesuffix('Case')", "'abc'.removeprefix('x')",
    "'abc'.removeprefix(1)", "'abc'.removesuffix('')",
    # find / index / count / startswith / endswith
    "'hello'.find('l')", "'hello'.rfind('l')", "'hello'.find('x')", "'hello'.find('l', 3)",
    "'hello'.find('l', -2)", "'hello'.find('l', 1, 3)", "'hello'.find('')", "'hello'.find('', 5)",
    "'hello'.find('', 6)", "'hello'.rfind('')", "'héllo'.find('l')", "'héllo'.rfind('l', 0, 3)",
    "'hello'.index('l')", "'hello'.index('x')", "'hello'.rindex('x')", "'hello'.find(1)", "'hello'.find()",
    "'hello'.find('l', None, None)", "'hello'.find('l', 1.5)", "'hello'.count('l')", "'aaaa'.count('aa')",
    "'hello'.count('')", "'hello'.count('', 2)", "'hello'.count('', 10)", "'héllo'.count('l', 3)",
    "'hello'.count()", "'hello'.startswith('he')", "'hello'.startswith(('x', 'he'))",
    "'hello'.startswith('l', 2)", "'hello'.startswith('', 5)", "'hello'.startswith('', 6)",
    "'hello'.endswith('lo')", "'hello'.endswith('l', 0, 4)", "'hello'.endswith(('a', 'b'))",
    "'hello'.startswith(1)", "'hello'.endswith((1,))", "'hello'.startswith()",
    # case mapping and predicates
    "'Hello World'.upper()", "'Hello World'.lower()", "'hello world'.title()", "\"they're bill's\".title()",
    "'hello WORLD'.capitalize()", "'Hello World'.swapcase()", "'Straße'.upper()", "'Straße'.casefold()",
    "'ΣΑΣ'.lower()", "'ǆ'.title()", "'ﬁ'.upper()", "'İ'.lower()", "'abc'.upper(1)", "str.upper(1)",
    "str.upper('x')", "'123'.isdigit()", "'²'.isdigit()", "'²'.isdecimal()", "'½'.isnumeric()", "''.isdigit()",
    "'abc'.isalpha()", "'abc1'.isalnum()", "'é'.isalpha()", "' \\t'.isspace()", "''.isspace()",
    "'ABC'.isupper()", "'AbC'.isupper()", "'abc'.islower()", "'123'.islower()", "'Hello World'.istitle()",
    "'Hello world'.istitle()", "'x1_'.isidentifier()", "'1x'.isidentifier()", "'é'.isidentifier()",
    "''.isidentifier()", "'ab\\n'.isprintable()", "''.isprintable()", "'abc'.isascii()", "'é'.isascii()",
    "''.isascii()", "'Ⅻ'.isnumeric()", "'٣'.isdecimal()",
    # padding
    "'abc'.center(9)", "'abc'.center(8, '*')", "'ab'.center(5, '-')", "'abc'.center(2)", "'abc'.ljust(6, '.')",
    "'abc'.rjust(6)", "'é'.center(5, 'ü')", "'a'.center()", "'a'.ljust('x')", "'a'.ljust(5, 'xy')",
    "'a'.center(5, 1)", "'a'.rjust(3, fillchar='x')", "'42'.zfill(5)", "'-42'.zfill(5)", "'+42'.zfill(2)",
    "'abc'.zfill(5)", "''.zfill(3)", "'a'.zfill()",
    "'a\\tb'.expandtabs()", "'ab\\tc\\td'.expandtabs(4)", "'a\\tb\\nc\\td'.expandtabs(tabsize=3)",
    "'a\\tb'.expandtabs(0)", "'a\\tb'.expandtabs(-1)", "'a'.expandtabs('x')",
    # translate / maketrans
    "'abc'.translate({ord('a'): 'A', ord('b'): None})", "'aabbcc'.translate(str.maketrans('abc', 'xyz'))",
    "'abc'.translate(str.maketrans('ab', 'xy', 'c'))", "str.maketrans({'a': 'b', 98: None})",
    "str.maketrans('ab', 'xy')", "str.maketrans(1)", "str.maketrans({'ab': 1})", "str.maketrans({1.5: 1})",
    "str.maketrans('ab', 'c')", "str.maketrans(1, 'c')", "str.maketrans('a', 1)", "'abc'.translate({97: 1.5})",
    "'abc'.translate({97: 0x110000})", "'abc'.translate({97: 98})", "'abc'.translate([])",
    # % formatting
    "'%s and %r' % ('a', 'b')", "'%d items' % 5", "'%5.2f|%-6d|%+d' % (3.14159, 42, 7)", "'%x %X %o' % (255, 255, 8)",
    "'%#x %#o' % (255, 8)", "'%e' % 12345.678", "'%g %g' % (0.0001, 123456789)", "'%c%c' % (72, 'i')",
    "'%%'  % ()", "'%(name)s is %(age)d' % {'name': 'Ann', 'age': 30}", "'%s' % [1, 2]", "'%s' % (1,)",
    "'%s %s' % (1,)", "'%s' % (1, 2)", "'%d' % 'x'", "'%d' % 3.7", "'%x' % 3.7", "'%i' % True",
    "'%.3s' % 'abcdef'", "'%*d' % (5, 42)", "'%-*d|' % (5, 42)", "'%.*f' % (2, 3.14159)", "'%z' % 1",
    "'%(a)s' % 5", "'%(a)s' % {}", "'' % 5", "'' % []", "'%s' % None", "'%r' % 'é'", "'%a' % 'é'",
    "'%05d' % -42", "'% d' % 42", "'%f' % 'x'", "'%c' % 'ab'", "'%c' % 0x110000", "'%d' % float('inf')",
    "'%.2f%%' % 12.345", "'%s' % True", "'%d' % True", "'%s' % 1.0", "'%10s|%-10s|' % ('r', 'l')",
    "'%(x)s %(x)r' % {'x': 'v'}", "'%5%' % ()", "'%' % ()", "'%s %' % (1,)",
    # str.format / format_map
    "'{} {}'.format('a', 'b')", "'{1} {0}'.format('a', 'b')", "'{x} {y}'.format(x=1, y=2)",
    "'{0} {1} {0}'.format('a', 'b')", "'{} {1}'.format('a', 'b')", "'{0} {}'.format('a', 'b')",
    "'{} {}'.format('a')", "'{2}'.format('a')", "'{x}'.format(y=1)", "'{{}} {{{0}}}'.format(5)",
    "'{0[1]} {0[0]}'.format(['a', 'b'])", "'{d[key]}'.format(d={'key': 'v'})", "'{0[1]}'.format({1: 'int'})",
    "'{0[1]}'.format({'1': 'str'})", "'{0.real} {0.imag}'.format(3)", "'{0.nope}'.format(3)",
    "'{!r} {!s} {!a}'.format('é', 'é', 'é')", "'{!x}'.format(1)", "'{:>{w}}|'.format('r', w=6)",
    "'{:{}{}}'.format(3.14159, '.', '2f')", "'{:{fill}^{width}}'.format('c', fill='*', width=7)",
    "'{0:{1}}'.format(5, '>4')", "'{:,}'.format(1234567)", "'{:08.3f}'.format(-3.14159)",
    "'{:b} {:o} {:x} {:X} {:#x}'.format(10, 10, 255, 255, 255)", "'{:%}'.format(0.125)",
    "'{:e}'.format(0.000123)", "'{:s}'.format('x')", "'{:d}'.format('x')", "'{:x}'.format(1.5)",
    "'{:<5}|{:>5}|{:^5}'.format('a', 'b', 'c')", "'{:=+6}'.format(42)", "'{'.format(1)", "'}'.format(1)",
    "'{0'.format(1)", "'{0!}'.format(1)", "'{0!r'.format(1)", "'{0!rx}'.format(1)", "'{:{:{}}}'.format(1, 2, 3)",
    "'{0[}'.format(1)", "'{0.}'.format(1)", "'{0[]}'.format([1])", "'{0]}'.format([1])",
    "'{0[0]x}'.format([1])", "'{a.b[}'.format(a=1)", "'{:10}|'.format(None)", "'{}'.format(None)",
    "'{:x}'.format(None)", "'{name}'.format_map({'name': 'N'})", "'{0}'.format_map({})",
    "'{x}'.format_map({})", "'{:>6.2f}|'.format(2.5)", "'{:.3}'.format('abcdef')", "'{:.3}'.format(3.14159)",
    "'{:c}'.format(97)", "'{:n}'.format(1234)", "'{:_b}'.format(255)", "'{:,d}'.format(-1234567)",
    "'{0:}'.format(3)", "'{0!s:>4}'.format(1)", "'{:#b}'.format(-5)", "'{:+.2e}'.format(12345.6789)",
    "'{:g}'.format(1e-5)", "'{:.0f}'.format(2.5)", "'{:.0f}'.format(3.5)", "'{:10.4}|'.format('abcdefgh')",
    "'{:z.1f}'.format(-0.01)", "'{:€^7}'.format('x')", "'{:é>4}'.format(5)",
    "format('x', '>5')", "format('abc', '.2')", "format('abc', '')", "format('a', 'd')", "format('abc', '=5')",
    "format('abc', '+5')", "'x'.__format__('>3')", "'x'.__format__(3)",
    # dunders reachable as attributes
    "'abc'.__len__()", "'abc'.__contains__('b')", "'abc'.__getitem__(1)", "'ab'.__add__('c')",
    "'ab'.__add__(1)", "'ab'.__mul__(2)", "'ab'.__rmul__(2)", "'%s!'.__mod__(1)", "'a'.__eq__('a')",
    "'a'.__lt__(1)", "str.__len__('xyz')", "'x'.__str__()", "'x'.__repr__()",
    "'abc'.swapcase()", "'ab'.__mul__('x')", "'abc'.__hash__() == hash('abc')",
]

STR_CODE = [
    "s = 'héllo wörld'\nfor c in s[:4]:\n    print(c, ord(c), end=' ')\nprint()\n"
    "print(chr(65), chr(8364), chr(0x1F600), ord('€'), ord('\\U0001F600'))\n"
    "for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: chr('a'), lambda: ord(1),\n"
    "            lambda: ord(''), lambda: ord('ab'), lambda: chr()):\n"
    "    try:\n        bad()\n    except Exception as e:\n        print(type(e).__name__, e)\n",
    "words = 'the quick brown fox jumps over the lazy dog'.split()\n"
    "print(sorted(words, key=str.lower), max(words, key=len), '-'.join(w.capitalize() for w in words))\n"
    "counts = {}\nfor w in words:\n    counts[w] = counts.get(w, 0) + 1\nprint(counts)\n"
    "print(' '.join(reversed(words)), words.index('fox'), 'fox' in words)\n",
    "lines = []\nfor i, name in enumerate(['alpha', 'beta', 'gamma']):\n"
    "    lines.append('{:<3d}|{:^9}|{:>8.3f}'.format(i, name, i * 3.14159))\nprint('\\n'.join(lines))\n"
    "print('%-6s|%6s|%06.2f' % ('ab', 'cd', 3.14159))\nprint(f'{\"x\":*^9}', f'{12345:_}', f'{0.5:.1%}')\n",
    "class P:\n    def __init__(self, x): self.x = x\n    def __repr__(self): return 'P(%r)' % (self.x,)\n"
    "    def __str__(self): return 'p%s' % self.x\n    def __format__(self, spec): return 'F[' + spec + ']'\n"
    "p = P('é')\nprint(str(p), repr(p), ascii(p), format(p, 'xy'), '{} {!r} {!s} {:>3}'.format(p, p, p, p))\n"
    "print('%s %r %a' % (p, p, p), f'{p} {p!r} {p:abc}')\n"
    "print('{0.x} {0.x!r}'.format(p), '{p.x}'.format(p=p))\n",
    "class S(str):\n    pass\ns = S('abc')\nprint(s, repr(s), len(s), s.upper(), s + 'd', type(s).__name__, isinstance(s, str))\n"
    "print(s == 'abc', 'b' in s, s[1], type(s[1]).__name__, type(str(s)).__name__)\n",
    "class Key(str):\n    pass\nd = {'a': 1}\nprint(d[Key('a')], 'x'.join([Key('a'), 'b']))\n",
    "s = ''\nfor i in range(5):\n    s += str(i)\nprint(s, s * 2, s[::-1], s.zfill(8))\n"
    "t = 'abc'\nt *= 2\nprint(t)\nprint('a' 'b' \"c\", '''tri\nple''')\n",
    "import sys\nprint('abc'.__class__.__name__, str.__name__, type('').__name__, callable(str.join))\n",
    "try:\n    'abc'[5]\nexcept IndexError as e:\n    print(repr(e))\ntry:\n    'abc' + 5\nexcept TypeError as e:\n"
    "    print(e.args)\ntry:\n    '{x}'.format()\nexcept KeyError as e:\n    print(repr(e), e)\n",
    "class R:\n    def __radd__(self, other): return 'radd ' + other\n    def __rmul__(self, other): return 'rmul'\n"
    "    def __rmod__(self, other): return 'rmod'\nprint('a' + R(), 'a' * R(), 3 * R())\n",
    "print('{:>8}'.format('é' * 3) + '|', len('€' * 4), '€' * 2 == '€€')\n",
    "text = '  Line one\\n\\tLine two  \\n\\nLast'\nfor ln in text.splitlines():\n    print(repr(ln.strip()), ln.strip().split(' '), end=';')\nprint()\n"
    "print(text.count('Line'), text.title(), sep='|')\n",
]


def write(path, cases, code):
    rows = []
    for src in cases:
        rows.append(("expr", src, run("expr", src)))
    for src in code:
        rows.append(("code", src, run("code", src)))
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Generated by tools/gen_builtin_cases.py (CPython 3.11.7); do not edit.\n")
        for kind, src, out in rows:
            f.write(kind + "\t" + escape(src) + "\t" + escape(out) + "\n")
    print(path, len(rows), "cases")


if __name__ == "__main__":
    write(os.path.join(ROOT, "tests", "data", "builtin_number_cases.txt"), NUMBER_CASES, NUMBER_CODE)
    write(os.path.join(ROOT, "tests", "data", "builtin_str_cases.txt"), STR_CASES, STR_CODE)
