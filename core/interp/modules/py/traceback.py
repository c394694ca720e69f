"""traceback: printing and formatting exceptions and stacks as CPython
3.11 shows them (the text comes from the VM's own traceback formatter, the
same one that reports uncaught exceptions)."""

import sys
import _ls_stdlib

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _ls_stdlib.source_line(self.filename, self.lineno) or ''
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        return ''.join(row)

    def format(self):
        return [self.format_frame_summary(fs) for fs in self]


def _stack(skip, limit):
    frames = _ls_stdlib.stack_frames()
    frames = frames[:len(frames) - skip] if skip else frames
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary.from_list([(f, l, n, None) for f, l, n in frames])


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame."""
    return _stack(2, limit)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    return _stack(2, limit).format()


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if file is None:
        file = sys.stderr
    for item in _stack(2, limit).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def _split_chunks(text):
    """The pieces format_exception returns: the header line, one string per
    frame (its File line and source lines), the exception lines."""
    chunks = []
    for line in text.splitlines(keepends=True):
        if line.startswith('    ') and chunks and chunks[-1].startswith('  File '):
            chunks[-1] += line
        else:
            chunks.append(line)
    return chunks


def _value_of(exc, value):
    if value is not _sentinel:
        return value
    return exc


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information (a list of
    strings, each ending in a newline)."""
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _split_chunks(_ls_stdlib.format_exception(value))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback."""
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, SyntaxError):
        # py: TracebackException.format_exception_only (3.11): the last
        # line and the notes; for a group, not its members.
        stype = type(value).__qualname__
        smod = type(value).__module__
        if smod not in ("__main__", "builtins"):
            stype = smod + '.' + stype
        try:
            text = str(value)
        except Exception:
            text = '<exception str() failed>'
        out = ["%s\n" % stype if not text else "%s: %s\n" % (stype, text)]
        notes = getattr(value, '__notes__', None)
        if notes is not None:
            for note in notes:
                try:
                    note = str(note)
                except Exception:
                    note = '<note str() failed>'
                out.extend(line + '\n' for line in note.split('\n'))
        return out
    lines = _split_chunks(_ls_stdlib.format_exception(value))
    # The exception lines follow the last frame entry.
    out = []
    for chunk in reversed(lines):
        if chunk.startswith('  File ') or chunk.startswith('Traceback (most recent call last)'):
            break
        out.append(chunk)
    return list(reversed(out))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(sys.exception(), limit, file, chain)'."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    return []


def extract_tb(tb, limit=None):
    return StackSummary()


def print_tb(tb, limit=None, file=None):
    pass


def clear_frames(tb):
    pass


def walk_stack(f):
    return iter(())


def walk_tb(tb):
    return iter(())


class TracebackException:
    """An exception ready for rendering."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self.exc_type = exc_type
        self._value = exc_value
        self._str = str(exc_value)
        self.stack = StackSummary()

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format(self, *, chain=True):
        yield from format_exception(self._value)

    def format_exception_only(self):
        yield from format_exception_only(self._value)

    def __str__(self):
        return self._str
