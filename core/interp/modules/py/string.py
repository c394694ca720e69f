"""string: constants and Template, as CPython 3.11's Lib/string.py
(Template's pattern is matched by hand: LoopScope has no `re`)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}


def _is_id_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (literal, kind, name, pos) pieces of the template: kind is
        'escaped', 'named', 'braced', 'invalid' or None (trailing text), as
        the groups of CPython's Template.pattern; pos is where an invalid
        placeholder's (empty) group starts, just after the delimiter."""
        s = self.template
        delim = self.delimiter
        i = 0
        literal_start = 0
        n = len(s)
        while i < n:
            if not s.startswith(delim, i):
                i += 1
                continue
            start = i
            j = i + len(delim)
            if s.startswith(delim, j):
                yield s[literal_start:start], 'escaped', None, start
                i = literal_start = j + len(delim)
                continue
            if j < n and s[j] == '{':
                k = j + 1
                if k < n and _is_id_start(s[k]):
                    e = k + 1
                    while e < n and _is_id_char(s[e]):
                        e += 1
                    if e < n and s[e] == '}':
                        yield s[literal_start:start], 'braced', s[k:e], start
                        i = literal_start = e + 1
                        continue
            elif j < n and _is_id_start(s[j]):
                e = j + 1
                while e < n and _is_id_char(s[e]):
                    e += 1
                yield s[literal_start:start], 'named', s[j:e], start
                i = literal_start = e
                continue
            yield s[literal_start:start], 'invalid', None, j
            i = literal_start = j
        yield s[literal_start:], None, None, n

    def _invalid(self, start):
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for literal, kind, name, start in self._scan():
            out.append(literal)
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind in ('named', 'braced'):
                out.append(str(mapping[name]))
            elif kind == 'invalid':
                self._invalid(start)
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for literal, kind, name, start in self._scan():
            out.append(literal)
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'named':
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(self.delimiter + name)
            elif kind == 'braced':
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(self.delimiter + '{' + name + '}')
            elif kind == 'invalid':
                out.append(self.delimiter)
        return ''.join(out)

    def is_valid(self):
        for literal, kind, name, start in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for literal, kind, name, start in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
            elif kind == 'invalid':
                raise ValueError('Unrecognized named group in pattern')
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return format_string.format(*args, **kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
