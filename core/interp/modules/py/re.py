"""re: regular expressions with the syntax and API of CPython 3.11's re
module (groups, named groups, backreferences, lookarounds, lazy and
possessive quantifiers, atomic groups, inline flags; search, match,
fullmatch, findall, finditer, sub, subn, split, escape), implemented as a
backtracking matcher in Python.  Results follow sre's rules, including how
empty matches are found after one another.  Flags are plain ints (CPython's
are a RegexFlag enum, so repr(re.I) differs)."""

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M",
           "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG"]

class RegexFlag:
    """The re flags: ints that show as re.IGNORECASE|re.MULTILINE (an
    IntFlag enum in CPython)."""
    __slots__ = ('_value_',)

    def __init__(self, value):
        self._value_ = int(value)

    @property
    def value(self):
        return self._value_

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __bool__(self):
        return self._value_ != 0

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == int(other) if isinstance(other, (int, RegexFlag)) else NotImplemented

    def __or__(self, other):
        return RegexFlag(self._value_ | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return RegexFlag(self._value_ & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        return RegexFlag(self._value_ ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~self._value_ & 0x1ff)

    def __repr__(self):
        v = self._value_
        names = [name for bit, name in _FLAG_NAMES if v & bit]
        rest = v & ~sum(bit for bit, name in _FLAG_NAMES)
        if rest:
            names.append(hex(rest))
        if not names:
            return 're.NOFLAG'
        return '|'.join(names)

    __str__ = __repr__


_FLAG_NAMES = [(256, 're.ASCII'), (2, 're.IGNORECASE'), (4, 're.LOCALE'),
               (8, 're.MULTILINE'), (16, 're.DOTALL'), (32, 're.UNICODE'),
               (64, 're.VERBOSE'), (128, 're.DEBUG')]

NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error

# ------------------------------------------------------------------ parsing

_SPECIAL_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_CATEGORIES = 'dDsSwW'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_REPEAT_CHARS = '*+?{'


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}
        self.open_groups = []

    def error(self, msg, pos=None):
        return error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ''

    def skip_verbose(self):
        if not self.flags & VERBOSE:
            return
        p = self.p
        while self.i < len(p):
            c = p[self.i]
            if c in ' \t\n\r\v\f':
                self.i += 1
            elif c == '#':
                while self.i < len(p) and p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse(self):
        node = self.parse_alt()
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                raise self.error('unbalanced parenthesis')
            raise self.error('unexpected end of pattern')
        return node

    def parse_alt(self):
        branches = [self.parse_seq()]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.parse_seq())
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def parse_seq(self):
        items = []
        while True:
            self.skip_verbose()
            c = self.peek()
            if c == '' or c in '|)':
                break
            start = self.i
            atom = self.parse_atom()
            if atom is None:
                continue
            self.skip_verbose()
            while self.peek() and self.peek() in _REPEAT_CHARS:
                rep = self.parse_repeat(atom, start)
                if rep is None:
                    break
                atom = rep
                self.skip_verbose()
            items.append(atom)
        if len(items) == 1:
            return items[0]
        return ('seq', items)

    def parse_repeat(self, atom, start):
        p = self.p
        here = self.i
        c = p[self.i]
        if c == '{':
            j = self.i + 1
            lo = ''
            while j < len(p) and p[j].isdigit():
                lo += p[j]
                j += 1
            hi = lo
            if j < len(p) and p[j] == ',':
                j += 1
                hi = ''
                while j < len(p) and p[j].isdigit():
                    hi += p[j]
                    j += 1
            if j >= len(p) or p[j] != '}' or (lo == '' and hi == '' and p[self.i + 1:j] != ','):
                return None  # a literal '{'
            mn = int(lo) if lo else 0
            mx = int(hi) if hi else None
            if mx is not None and mx < mn:
                raise self.error('min repeat greater than max repeat', self.i + 1)
            self.i = j + 1
        else:
            self.i += 1
            mn, mx = {'*': (0, None), '+': (1, None), '?': (0, 1)}[c]
        if atom[0] in ('bol', 'eol', 'A', 'Z', 'b', 'B', 'empty') or (atom[0] == 'look'):
            if atom[0] != 'look':
                raise self.error('nothing to repeat', here)
        if atom[0] == 'rep' and atom[-1] == 'plain':
            raise self.error('multiple repeat', here)
        greedy = True
        possessive = False
        if self.peek() == '?':
            self.i += 1
            greedy = False
        elif self.peek() == '+':
            self.i += 1
            possessive = True
        return ('rep', atom, mn, mx, greedy, possessive, 'plain')

    def parse_atom(self):
        p = self.p
        c = p[self.i]
        if c in '*+?':
            raise self.error('nothing to repeat')
        if c == '{':
            # '{' that does not start a valid repeat is a literal
            save = self.i
            if self.parse_repeat(('lit', '{'), save) is not None:
                self.i = save
                raise self.error('nothing to repeat')
            self.i = save + 1
            return ('lit', '{')
        self.i += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '[':
            return self.parse_set()
        if c == '(':
            return self.parse_group()
        if c == '\\':
            return self.parse_escape(False)
        return ('lit', c)

    def parse_escape(self, in_set):
        p = self.p
        start = self.i - 1
        if self.i >= len(p):
            raise self.error('bad escape (end of pattern)', start)
        c = p[self.i]
        self.i += 1
        if c in _CATEGORIES:
            return ('cat', c)
        if not in_set:
            if c == 'A':
                return ('A',)
            if c == 'Z':
                return ('Z',)
            if c == 'b':
                return ('b',)
            if c == 'B':
                return ('B',)
        elif c == 'b':
            return ('lit', '\b')
        if c in _SPECIAL_ESCAPES:
            return ('lit', _SPECIAL_ESCAPES[c])
        if c == 'x':
            digits = p[self.i:self.i + 2]
            if len(digits) != 2 or any(d not in '0123456789abcdefABCDEF' for d in digits):
                raise self.error('incomplete escape \\x' + digits, start)
            self.i += 2
            return ('lit', chr(int(digits, 16)))
        if c in 'uU':
            n = 4 if c == 'u' else 8
            digits = p[self.i:self.i + n]
            if len(digits) != n or any(d not in '0123456789abcdefABCDEF' for d in digits):
                raise self.error('incomplete escape \\%s%s' % (c, digits), start)
            self.i += n
            return ('lit', chr(int(digits, 16)))
        if c == 'N':
            raise self.error('bad escape \\N', start)
        if c == '0':
            digits = ''
            while len(digits) < 2 and self.i < len(p) and p[self.i] in '01234567':
                digits += p[self.i]
                self.i += 1
            return ('lit', chr(int('0' + digits, 8)))
        if c.isdigit():
            if in_set:
                if c in '01234567':
                    digits = c
                    while len(digits) < 3 and self.i < len(p) and p[self.i] in '01234567':
                        digits += p[self.i]
                        self.i += 1
                    return ('lit', chr(int(digits, 8)))
                raise self.error('bad escape \\' + c, start)
            digits = c
            if self.i < len(p) and p[self.i].isdigit():
                if (c in '01234567' and p[self.i] in '01234567' and self.i + 1 < len(p)
                        and p[self.i + 1] in '01234567'):
                    digits += p[self.i:self.i + 2]
                    self.i += 2
                    return ('lit', chr(int(digits, 8)))
                digits += p[self.i]
                self.i += 1
            group = int(digits)
            if group > self.ngroups or group in self.open_groups:
                raise self.error('invalid group reference %d' % group, start + 1)
            return ('backref', group)
        if c in _ASCII_LETTERS:
            raise self.error('bad escape \\' + c, start)
        return ('lit', c)

    def parse_set(self):
        p = self.p
        start = self.i - 1
        negate = False
        if self.peek() == '^':
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                raise self.error('unterminated character set', start)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            if c == '\\':
                self.i += 1
                esc = self.parse_escape(True)
                if esc[0] == 'cat':
                    items.append(('cat', esc[1]))
                    continue
                lo = esc[1]
            else:
                self.i += 1
                lo = c
            if self.peek() == '-' and self.i + 1 < len(p) and p[self.i + 1] != ']':
                self.i += 1
                c2 = p[self.i]
                if c2 == '\\':
                    self.i += 1
                    esc = self.parse_escape(True)
                    if esc[0] == 'cat':
                        raise self.error('bad character range %s' % p[item_start:self.i], item_start)
                    hi = esc[1]
                else:
                    self.i += 1
                    hi = c2
                if ord(hi) < ord(lo):
                    raise self.error('bad character range %s' % p[item_start:self.i], item_start)
                items.append(('range', lo, hi))
            else:
                items.append(('char', lo))
        return ('set', negate, items)

    def parse_group(self):
        p = self.p
        start = self.i - 1
        if self.peek() == '?':
            self.i += 1
            c = self.peek()
            self.i += 1
            if c == ':':
                node = self.parse_alt()
                self.expect_close(start)
                return node
            if c == 'P':
                c2 = self.peek()
                self.i += 1
                if c2 == '<':
                    name = self.read_name('>')
                    return self.capture(start, name)
                if c2 == '=':
                    name = self.read_name(')')
                    if name not in self.names:
                        raise self.error('unknown group name %r' % name, self.i - len(name) - 1)
                    return ('backref', self.names[name])
                raise self.error('unknown extension ?P' + c2, start + 1)
            if c == '<':
                c2 = self.peek()
                if c2 in '=!':
                    self.i += 1
                    node = self.parse_alt()
                    self.expect_close(start)
                    return ('look', False, c2 == '!', node, self._width(node, start))
                name = self.read_name('>')
                return self.capture(start, name)
            if c in '=!':
                node = self.parse_alt()
                self.expect_close(start)
                return ('look', True, c == '!', node, None)
            if c == '>':
                node = self.parse_alt()
                self.expect_close(start)
                return ('atomic', node)
            if c == '#':
                while self.i < len(p) and p[self.i] != ')':
                    self.i += 1
                if self.i >= len(p):
                    raise self.error('missing ), unterminated comment', start)
                self.i += 1
                return None
            if c and c in 'aiLmsux-':
                self.i -= 1
                return self.parse_flags(start)
            raise self.error('unknown extension ?' + c, start + 1)
        return self.capture(start, None)

    def parse_flags(self, start):
        p = self.p
        letters = {'a': ASCII, 'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL,
                   'u': UNICODE, 'x': VERBOSE}
        on = 0
        while self.peek() in letters:
            on |= letters[self.peek()]
            self.i += 1
        off = 0
        if self.peek() == '-':
            self.i += 1
            while self.peek() in letters:
                off |= letters[self.peek()]
                self.i += 1
        c = self.peek()
        self.i += 1
        if c == ')':
            if start != 0:
                raise self.error('global flags not at the start of the expression', start)
            self.flags |= on
            return None
        if c == ':':
            saved = self.flags
            self.flags = (self.flags | on) & ~off
            node = self.parse_alt()
            self.expect_close(start)
            flags = self.flags
            self.flags = saved
            return ('flags', flags, node)
        raise self.error('missing -, : or )', self.i - 1)

    def read_name(self, terminator):
        p = self.p
        j = p.find(terminator, self.i)
        if j < 0:
            raise self.error('missing %s, unterminated name' % terminator)
        name = p[self.i:j]
        if not name:
            raise self.error('missing group name')
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name)
        self.i = j + 1
        return name

    def capture(self, start, name):
        self.ngroups += 1
        index = self.ngroups
        if name is not None:
            if name in self.names:
                raise self.error('redefinition of group name %r as group %d; was group %d'
                                 % (name, index, self.names[name]))
            self.names[name] = index
        self.open_groups.append(index)
        node = self.parse_alt()
        self.open_groups.remove(index)
        self.expect_close(start)
        return ('group', index, node)

    def expect_close(self, start):
        if self.peek() != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1

    def _width(self, node, start):
        w = _fixed_width(node)
        if w is None:
            raise error('look-behind requires fixed-width pattern')
        return w


def _fixed_width(node):
    kind = node[0]
    if kind in ('lit', 'any', 'set', 'cat'):
        return 1
    if kind in ('bol', 'eol', 'A', 'Z', 'b', 'B', 'look'):
        return 0
    if kind == 'seq':
        total = 0
        for n in node[1]:
            w = _fixed_width(n)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        widths = {_fixed_width(n) for n in node[1]}
        return widths.pop() if len(widths) == 1 else None
    if kind in ('group', 'flags'):
        return _fixed_width(node[2])
    if kind == 'atomic':
        return _fixed_width(node[1])
    if kind == 'rep':
        if node[2] == node[3]:
            w = _fixed_width(node[1])
            return None if w is None else w * node[2]
    return None


# ----------------------------------------------------------------- matching

def _is_word(c, ascii_only):
    if ascii_only:
        return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')
    return c == '_' or c.isalnum()


def _cat_match(cat, c, ascii_only):
    if cat in 'dD':
        r = ('0' <= c <= '9') if ascii_only else c.isdecimal()
    elif cat in 'sS':
        r = c in ' \t\n\r\f\v' if ascii_only else c.isspace()
    else:
        r = _is_word(c, ascii_only)
    return r if cat.islower() else not r


def _char_pred(node, flags):
    """A predicate c -> bool for the single-character nodes."""
    kind = node[0]
    icase = flags & IGNORECASE
    ascii_only = flags & ASCII
    if kind == 'lit':
        ch = node[1]
        if icase:
            low = ch.lower()
            up = ch.upper()
            return lambda c: c == ch or c.lower() == low or c.upper() == up
        return lambda c: c == ch
    if kind == 'any':
        if flags & DOTALL:
            return lambda c: True
        return lambda c: c != '\n'
    if kind == 'cat':
        cat = node[1]
        return lambda c: _cat_match(cat, c, ascii_only)
    if kind == 'set':
        negate, items = node[1], node[2]

        def in_set(c):
            for item in items:
                if item[0] == 'char':
                    if c == item[1] or (icase and c.lower() == item[1].lower()):
                        return True
                elif item[0] == 'range':
                    if item[1] <= c <= item[2]:
                        return True
                    if icase and (item[1] <= c.lower() <= item[2] or item[1] <= c.upper() <= item[2]):
                        return True
                elif _cat_match(item[1], c, ascii_only):
                    return True
            return False
        if negate:
            return lambda c: not in_set(c)
        return in_set
    return None


class _State:
    __slots__ = ('s', 'n', 'caps', 'start', 'must_advance', 'endpos')


def _compile_node(node, flags):
    """Compile a node into f(state, i, k) -> bool (k: the continuation)."""
    kind = node[0]
    pred = _char_pred(node, flags)
    if pred is not None:
        def single(st, i, k):
            return i < st.endpos and pred(st.s[i]) and k(i + 1)
        return single
    if kind == 'seq':
        parts = [_compile_node(n, flags) for n in node[1]]

        def run_seq(st, i, k, index=0):
            if index == len(parts):
                return k(i)
            return parts[index](st, i, lambda j: run_seq(st, j, k, index + 1))
        return run_seq
    if kind == 'alt':
        branches = [_compile_node(n, flags) for n in node[1]]

        def alt(st, i, k):
            for b in branches:
                if b(st, i, k):
                    return True
            return False
        return alt
    if kind == 'group':
        index = node[1]
        sub = _compile_node(node[2], flags)

        def group(st, i, k):
            old = st.caps[index]

            def close(j):
                prev = st.caps[index]
                st.caps[index] = (i, j)
                if k(j):
                    return True
                st.caps[index] = prev
                return False
            if sub(st, i, close):
                return True
            st.caps[index] = old
            return False
        return group
    if kind == 'flags':
        return _compile_node(node[2], node[1])
    if kind == 'bol':
        if flags & MULTILINE:
            return lambda st, i, k: (i == 0 or st.s[i - 1] == '\n') and k(i)
        return lambda st, i, k: i == 0 and k(i)
    if kind == 'eol':
        if flags & MULTILINE:
            return lambda st, i, k: (i == st.n or st.s[i] == '\n') and k(i)
        return lambda st, i, k: (i == st.n or (i == st.n - 1 and st.s[i] == '\n')) and k(i)
    if kind == 'A':
        return lambda st, i, k: i == 0 and k(i)
    if kind == 'Z':
        return lambda st, i, k: i == st.n and k(i)
    if kind in ('b', 'B'):
        ascii_only = flags & ASCII
        want = kind == 'b'

        def boundary(st, i, k):
            before = i > 0 and _is_word(st.s[i - 1], ascii_only)
            after = i < st.n and _is_word(st.s[i], ascii_only)
            return ((before != after) == want) and k(i)
        return boundary
    if kind == 'backref':
        index = node[1]
        icase = flags & IGNORECASE

        def backref(st, i, k):
            cap = st.caps[index]
            if cap is None:
                return False
            text = st.s[cap[0]:cap[1]]
            j = i + len(text)
            if j > st.endpos:
                return False
            here = st.s[i:j]
            if here == text or (icase and here.lower() == text.lower()):
                return k(j)
            return False
        return backref
    if kind == 'look':
        ahead, negate, sub_node, width = node[1], node[2], node[3], node[4]
        sub = _compile_node(sub_node, flags)

        def look(st, i, k):
            if ahead:
                start = i
            else:
                start = i - width
                if start < 0:
                    return negate and k(i)
            saved = list(st.caps)
            if ahead:
                found = sub(st, start, lambda j: True)
            else:
                found = sub(st, start, lambda j: j == i)
            if negate:
                st.caps[:] = saved
                return (not found) and k(i)
            if not found:
                return False
            if k(i):
                return True
            st.caps[:] = saved
            return False
        return look
    if kind == 'atomic':
        sub = _compile_node(node[1], flags)

        def atomic(st, i, k):
            ends = []
            saved = list(st.caps)

            def first(j):
                ends.append(j)
                return True
            if not sub(st, i, first):
                return False
            if k(ends[0]):
                return True
            st.caps[:] = saved
            return False
        return atomic
    if kind == 'rep':
        return _compile_repeat(node, flags)
    raise error('internal error: unknown node %r' % (kind,))


def _deterministic(node):
    """True when the node can match at most one way at any position (so
    the first match found is the only one)."""
    kind = node[0]
    if kind in ('lit', 'any', 'set', 'cat', 'bol', 'eol', 'A', 'Z', 'b', 'B', 'backref'):
        return True
    if kind == 'seq':
        return all(_deterministic(n) for n in node[1])
    if kind in ('group', 'flags'):
        return _deterministic(node[2])
    if kind == 'atomic':
        return True
    if kind == 'alt':
        return all(n[0] in ('lit', 'any', 'set', 'cat') for n in node[1])
    if kind == 'rep':
        return node[5] or (node[2] == node[3] and _deterministic(node[1]))
    return False


def _compile_repeat(node, flags):
    _, sub_node, mn, mx, greedy, possessive, _plain = node
    pred = _char_pred(sub_node, flags)
    if pred is not None:
        # A repeated single character: count the run, then try the
        # continuation from the longest (greedy) or shortest (lazy) end.
        def run_single(st, i, k):
            limit = st.endpos if mx is None else min(st.endpos, i + mx)
            j = i
            s = st.s
            if greedy or possessive:
                while j < limit and pred(s[j]):
                    j += 1
                if j - i < mn:
                    return False
                if possessive:
                    return k(j)
                while True:
                    if k(j):
                        return True
                    if j - i <= mn:
                        return False
                    j -= 1
            while j < i + mn:
                if j >= limit or not pred(s[j]):
                    return False
                j += 1
            while True:
                if k(j):
                    return True
                if j >= limit or not pred(s[j]):
                    return False
                j += 1
        return run_single
    sub = _compile_node(sub_node, flags)
    if _deterministic(sub_node):
        # The body matches at most one way at a position: collect the
        # iterations in a loop (no recursion per iteration), then backtrack
        # over their count.
        def run_iterative(st, i, k):
            ends = [i]
            snaps = [list(st.caps)]
            while mx is None or len(ends) - 1 < mx:
                found = []

                def first(j):
                    found.append(j)
                    return True
                if not sub(st, ends[-1], first) or found[0] == ends[-1]:
                    break
                ends.append(found[0])
                snaps.append(list(st.caps))
            count = len(ends) - 1
            if count < mn:
                st.caps[:] = snaps[0]
                return False
            order = range(count, mn - 1, -1) if (greedy or possessive) else range(mn, count + 1)
            for c in order:
                st.caps[:] = snaps[c]
                if k(ends[c]):
                    return True
                if possessive:
                    break
            st.caps[:] = snaps[0]
            return False
        return run_iterative

    def run(st, i, k, count=0):
        if possessive:
            return run_possessive(st, i, k)
        if greedy:
            if mx is None or count < mx:
                def more(j):
                    if j == i and count >= mn:
                        return False  # an empty iteration cannot repeat
                    return run(st, j, k, count + 1)
                if sub(st, i, more):
                    return True
            return count >= mn and k(i)
        if count >= mn and k(i):
            return True
        if mx is not None and count >= mx:
            return False

        def more_lazy(j):
            if j == i and count >= mn:
                return False
            return run(st, j, k, count + 1)
        return sub(st, i, more_lazy)

    def run_possessive(st, i, k):
        count = 0
        while mx is None or count < mx:
            ends = []
            if not sub(st, i, lambda j: ends.append(j) or True):
                break
            if ends[0] == i:
                break
            i = ends[0]
            count += 1
        return count >= mn and k(i)
    return run


# ------------------------------------------------------------------ objects

class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags):
        if not isinstance(pattern, str):
            raise TypeError("first argument must be string or compiled pattern")
        flags = int(flags)
        parser = _Parser(pattern, flags)
        tree = parser.parse()
        self.pattern = pattern
        self.flags = int(parser.flags) | (0 if parser.flags & 256 else 32)
        self.groups = parser.ngroups
        self.groupindex = dict(parser.names)
        self._code = _compile_node(tree, parser.flags)

    def __repr__(self):
        flags = self.flags & ~32
        if not flags:
            return 're.compile(%r)' % (self.pattern,)
        names = [name for bit, name in _FLAG_NAMES if flags & bit]
        return 're.compile(%r, %s)' % (self.pattern, '|'.join(names))

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _match_at(self, string, pos, endpos, must_advance=False, full=False):
        st = _State()
        st.s = string
        st.n = len(string)
        st.endpos = endpos
        st.caps = [None] * (self.groups + 1)
        result = []

        def done(j):
            if must_advance and j == pos:
                return False
            if full and j != endpos:
                return False
            result.append(j)
            return True
        if self._code(st, pos, done):
            return Match(self, string, pos, result[0], st.caps, pos, endpos)
        return None

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        n = len(string)
        if pos < 0:
            pos = 0
        if endpos is None or endpos > n:
            endpos = n
        if endpos < 0:
            endpos = 0
        return pos, endpos

    def match(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        m = self._match_at(string, pos, endpos)
        return _fix_bounds(m, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        return _fix_bounds(self._match_at(string, pos, endpos, full=True), pos, endpos)

    def _search(self, string, pos, endpos, must_advance=False):
        i = pos
        while i <= endpos:
            m = self._match_at(string, i, endpos, must_advance and i == pos)
            if m is not None:
                return m
            i += 1
        return None

    def search(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        return _fix_bounds(self._search(string, pos, endpos), pos, endpos)

    def _iter(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        must_advance = False
        while pos <= endpos:
            m = self._search(string, pos, endpos, must_advance)
            if m is None:
                return
            yield _fix_bounds(m, pos if False else m.pos, endpos)
            must_advance = m._end == m._start
            pos = m._end

    def finditer(self, string, pos=0, endpos=None):
        start, _ = self._bounds(string, pos, endpos)
        return iter([_with_pos(m, start) for m in self._iter(string, pos, endpos)])

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                g = m.group(1)
                out.append('' if g is None else g)
            else:
                out.append(tuple('' if g is None else g for g in m.groups()))
        return out

    def split(self, string, maxsplit=0):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m._start])
            out.extend(m.groups())
            last = m._end
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        if callable(repl):
            expand = repl
        else:
            template = _parse_template(repl, self)
            expand = lambda m: _expand_template(template, m)
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if count and n >= count:
                break
            out.append(string[last:m._start])
            r = expand(m)
            if not isinstance(r, str):
                raise TypeError("expected str instance, %s found" % type(r).__name__)
            out.append(r)
            last = m._end
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not simulated")


def _with_pos(m, pos):
    m.pos = pos
    return m


def _fix_bounds(m, pos, endpos):
    if m is not None:
        m.pos = pos
        m.endpos = endpos
    return m


class Match:
    """The result of a successful match or search."""

    def __init__(self, pattern, string, start, end, caps, pos, endpos):
        self.re = pattern
        self.string = string
        self._start = start
        self._end = end
        caps = list(caps)
        caps[0] = (start, end)
        self._caps = caps
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, str):
            try:
                return self.re.groupindex[g]
            except KeyError:
                raise IndexError("no such group")
        if isinstance(g, bool) or not isinstance(g, int):
            try:
                g = g.__index__()
            except AttributeError:
                raise IndexError("no such group")
        if g < 0 or g > self.re.groups:
            raise IndexError("no such group")
        return g

    def group(self, *groups):
        if not groups:
            groups = (0,)
        out = []
        for g in groups:
            cap = self._caps[self._index(g)]
            out.append(None if cap is None else self.string[cap[0]:cap[1]])
        return out[0] if len(out) == 1 else tuple(out)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if c is None else self.string[c[0]:c[1]] for c in self._caps[1:])

    def groupdict(self, default=None):
        return {name: (default if self._caps[i] is None else self.string[self._caps[i][0]:self._caps[i][1]])
                for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        cap = self._caps[self._index(group)]
        return -1 if cap is None else cap[0]

    def end(self, group=0):
        cap = self._caps[self._index(group)]
        return -1 if cap is None else cap[1]

    def span(self, group=0):
        cap = self._caps[self._index(group)]
        return (-1, -1) if cap is None else cap

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for i in range(1, len(self._caps)):
            cap = self._caps[i]
            if cap is not None and cap[1] >= best_end:
                best, best_end = i, cap[1]
        return best

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    @property
    def regs(self):
        return tuple((-1, -1) if c is None else c for c in self._caps)

    def expand(self, template):
        return _expand_template(_parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % ((self._start, self._end), self.group(0))


def _parse_template(repl, pattern):
    """Parse a sub() replacement into literal strings and group indexes."""
    if not isinstance(repl, str):
        raise TypeError("expected str instance, %s found" % type(repl).__name__)
    parts = []
    literal = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        i += 1
        if c != '\\':
            literal.append(c)
            continue
        if i >= n:
            raise error('bad escape (end of pattern)', repl, i - 1)
        c = repl[i]
        i += 1
        if c == 'g':
            if i >= n or repl[i] != '<':
                raise error('missing <', repl, i)
            j = repl.find('>', i + 1)
            if j < 0:
                raise error('missing >, unterminated name', repl, i + 1)
            name = repl[i + 1:j]
            if not name:
                raise error('missing group name', repl, i + 1)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error('invalid group reference %d' % index, repl, i + 1)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError('unknown group name %r' % name)
            else:
                raise error('bad character in group name %r' % name, repl, i + 1)
            i = j + 1
        elif c.isdigit():
            digits = c
            if c != '0' and i < n and repl[i].isdigit():
                digits += repl[i]
                i += 1
            if c == '0' or (len(digits) == 1 and False):
                literal.append(chr(int(digits, 8)))
                continue
            index = int(digits)
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, repl, i - len(digits))
        elif c in _SPECIAL_ESCAPES:
            literal.append(_SPECIAL_ESCAPES[c])
            continue
        elif c in _ASCII_LETTERS:
            raise error('bad escape \\' + c, repl, i - 2)
        else:
            literal.append('\\' + c)
            continue
        parts.append(''.join(literal))
        literal = []
        parts.append(index)
    parts.append(''.join(literal))
    return parts


def _expand_template(parts, m):
    out = []
    for p in parts:
        if isinstance(p, int):
            g = m.group(p)
            if g is not None:
                out.append(g)
        else:
            out.append(p)
    return ''.join(out)


# ---------------------------------------------------------------- functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        raise TypeError("first argument must be string or compiled pattern")
    flags = int(flags)
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def escape(pattern):
    """Escape special characters in a string."""
    special = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'
    return ''.join('\\' + c if c in special else c for c in pattern)
