"""Extract, format and print stack traces and exceptions, as CPython 3.12 does.

The module turns traceback objects and frames into `StackSummary` lists of
`FrameSummary` entries, and exceptions (with their `__cause__`/`__context__`
chains, notes and exception groups) into `TracebackException` objects whose
`format()` yields the same text CPython prints for an uncaught exception.

Molt's code objects have no `co_positions()`, so frames coming from real
tracebacks carry no column information and no `^^^^` marker lines are printed
under source lines. FrameSummary objects built with explicit `colno`/`end_colno`
get CPython's markers (including the `~~~^~~~` anchors for binary operators and
subscripts, found by a small expression parser in this module).
"""

import collections.abc
import itertools
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


# --- module-level convenience functions -----------------------------------------

def print_list(extracted_list, file=None):
    """Print the entries of a list of FrameSummary objects or 4-tuples."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of FrameSummary objects or (filename, lineno, name, line)
    tuples as strings ready for printing, one per frame."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to `limit` entries of traceback `tb` (to sys.stderr by default)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A list of strings, one per entry of traceback `tb`."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of traceback `tb`."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception with its traceback and chained exceptions.

    Called as print_exception(exc) or, the old way, print_exception(type,
    value, tb) (the type is then ignored).
    """
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines print_exception() would print, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The `Type: message` part of an exception (plus notes), as a list of
    strings; for a SyntaxError also the lines showing where the error is."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exception())."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """print_exc()'s text as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_exc, or sys.last_type,
    sys.last_value and sys.last_traceback)."""
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame `f` (default: the caller's) outwards in."""
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """print_stack()'s lines as a list of strings."""
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from frame `f` (default: the caller's),
    oldest frame first."""
    if f is None:
        f = sys._getframe(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the local variables of every frame in traceback `tb`."""
    while tb is not None:
        frame = tb.tb_frame
        clear = getattr(frame, 'clear', None)
        if clear is None:
            raise NotImplementedError(
                "traceback.clear_frames: Molt's frame objects have no clear()")
        try:
            clear()
        except RuntimeError:
            # The frame is still executing.
            pass
        tb = tb.tb_next


# --- FrameSummary / StackSummary -------------------------------------------------

class FrameSummary:
    """One entry of a stack trace: file name, line number, function name,
    the source line (looked up lazily with linecache), optionally column
    positions and the repr()s of the frame's local variables.

    Compares equal to the tuple (filename, lineno, name, line), and can be
    indexed and unpacked like it.
    """

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: _safe_string(v, 'local', func=repr)
                           for k, v in locals.items()}
        else:
            self.locals = None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

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
    def _original_line(self):
        # The source line as read, with its whitespace.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) for `f` and each frame it was called from.

    With f None, starts at the caller of walk_stack().
    """
    if f is None:
        f = sys._getframe(1)
    # Molt: a frame's f_lineno read from inside a generator that the frame is
    # iterating is stale, so the line numbers are taken now, not lazily.
    entries = []
    while f is not None:
        entries.append((f, f.f_lineno))
        f = f.f_back
    return iter(entries)


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of traceback `tb`."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) for each entry.
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + tuple(positions[1:])
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    co_positions = getattr(code, 'co_positions', None)
    if co_positions is None:
        # Molt: no column information.
        return (None, None, None, None)
    return next(itertools.islice(co_positions(), instruction_index // 2, None))


_RECURSIVE_CUTOFF = 3  # Also hardcoded in CPython's traceback.c.


class StackSummary(list):
    """A list of FrameSummary objects, with format()."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Build a StackSummary from an iterable of (frame, lineno) pairs
        (walk_stack() or walk_tb())."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                frame_gen = collections.deque(frame_gen, maxlen=-limit)

        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            co = f.f_code
            filename = co.co_filename
            name = co.co_name
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            # Lines are looked up after checkcache below.
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(
                filename, lineno, name, lookup_line=False, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Build a StackSummary from FrameSummary objects or
        (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text for one frame: the File line, the source line, position
        markers and locals. Subclasses may override it (returning None skips
        the frame)."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))
            markers = _position_markers(frame_summary, stripped_line)
            if markers is not None:
                row.append(markers)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """A list of strings, one per frame (each possibly several lines),
        with runs of more than three identical frames (recursion) collapsed
        into a "[Previous line repeated N more times]" line."""
        result = []
        last_key = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno,
                   frame_summary.name)
            if (last_key is None or None in last_key or key != last_key):
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
                last_key = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
        return result


def _repeated_line(count):
    return (f'  [Previous line repeated {count} more '
            f'time{"s" if count > 1 else ""}]\n')


def _byte_offset_to_character_offset(s, offset):
    as_utf8 = s.encode('utf-8')
    return len(as_utf8[:offset].decode("utf-8", errors="replace"))


def _position_markers(fs, stripped_line):
    """The `^^^`/`~~^~~` line under a source line, or None."""
    if fs.colno is None or fs.end_colno is None:
        return None
    original = fs._original_line
    # Characters of the original line not shown (indentation, newline, ...).
    hidden = len(original) - len(stripped_line)
    start = _byte_offset_to_character_offset(original, fs.colno) + 1
    end = _byte_offset_to_character_offset(original, fs.end_colno) + 1
    anchors = None
    if fs.lineno == fs.end_lineno:
        try:
            anchors = _caret_anchors(original[start - 1:end - 1])
        except Exception:
            anchors = None
    else:
        # The expression goes on to other lines: mark to the end of this one.
        end = len(original.rstrip()) + 1
    if not (end - start < len(stripped_line)
            or (anchors and anchors[1] - anchors[0] > 0)):
        return None
    row = ['    ', ' ' * (start - hidden)]
    if anchors:
        left, right = anchors
        row.append('~' * left)
        row.append('^' * (right - left))
        row.append('~' * (end - start - right))
    else:
        row.append('^' * (end - start))
    row.append('\n')
    return ''.join(row)


# --- finding the operator / subscript of an expression (for ~~^~~ markers) -------

_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'))

_OPERATORS = sorted((
    '**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '<<', '>>',
    '<=', '>=', '==', '!=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=',
    '@=', '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '(',
    ')', '[', ']', '{', '}', ',', ':', '.', ';', '=', '!'), key=len, reverse=True)

_STRING_PREFIXES = frozenset(('r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf'))

_BINARY_LEVELS = (
    ('|',), ('^',), ('&',), ('<<', '>>'), ('+', '-'),
    ('*', '/', '//', '%', '@'))

_COMPARISONS = frozenset(('<', '>', '==', '>=', '<=', '!=', 'in', 'is', 'not'))


class _ParseFailed(Exception):
    pass


def _tokenize_expression(text):
    """Tokens (kind, value, start, end) of one line of Python, or raise."""
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in ' \t\f\r\n':
            i += 1
            continue
        if c == '\\' and text[i + 1:i + 2] == '\n':
            i += 2
            continue
        if c == '#':
            break
        start = i
        if c.isalpha() or c == '_' or ord(c) > 127:
            while i < n and (text[i].isalnum() or text[i] == '_' or ord(text[i]) > 127):
                i += 1
            word = text[start:i]
            if i < n and text[i] in '\'"' and word.lower() in _STRING_PREFIXES:
                i = _skip_string(text, i)
                tokens.append(('STRING', text[start:i], start, i))
            else:
                tokens.append(('NAME', word, start, i))
            continue
        if c in '\'"':
            i = _skip_string(text, i)
            tokens.append(('STRING', text[start:i], start, i))
            continue
        if c.isdigit() or (c == '.' and text[i + 1:i + 2].isdigit()):
            while i < n:
                ch = text[i]
                if ch.isalnum() or ch in '._':
                    i += 1
                elif ch in '+-' and text[i - 1] in 'eE' and not text[start:start + 2].lower() in ('0x',):
                    i += 1
                else:
                    break
            tokens.append(('NUMBER', text[start:i], start, i))
            continue
        for op in _OPERATORS:
            if text.startswith(op, i):
                tokens.append(('OP', op, i, i + len(op)))
                i += len(op)
                break
        else:
            raise _ParseFailed
    return tokens


def _skip_string(text, i):
    quote = text[i]
    if text.startswith(quote * 3, i):
        end = text.find(quote * 3, i + 3)
        while end >= 0 and _escaped(text, end):
            end = text.find(quote * 3, end + 1)
        if end < 0:
            raise _ParseFailed
        return end + 3
    j = i + 1
    while j < len(text):
        ch = text[j]
        if ch == '\\':
            j += 2
            continue
        if ch == quote:
            return j + 1
        if ch == '\n':
            break
        j += 1
    raise _ParseFailed


def _escaped(text, pos):
    count = 0
    while pos > 0 and text[pos - 1] == '\\':
        count += 1
        pos -= 1
    return count % 2 == 1


class _Node:
    # kind: 'binop', 'subscript' or 'other'; start/end: character offsets of
    # the node as Python's ast reports them (without grouping parentheses).
    __slots__ = ('kind', 'start', 'end', 'left', 'right', 'bracket')

    def __init__(self, kind, start, end):
        self.kind = kind
        self.start = start
        self.end = end
        self.left = self.right = self.bracket = None


class _ExprParser:
    """Just enough of Python's expression grammar to tell the top-level node
    of a valid expression and the positions of its parts."""

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self, offset=0):
        index = self.pos + offset
        if index < len(self.tokens):
            return self.tokens[index]
        return None

    def at(self, value, kinds=('OP', 'NAME')):
        tok = self.peek()
        return tok is not None and tok[0] in kinds and tok[1] == value

    def take(self, value=None):
        tok = self.peek()
        if tok is None or (value is not None and tok[1] != value):
            raise _ParseFailed
        self.pos += 1
        return tok

    def span(self, first_index, kind='other'):
        # A node covering tokens first_index .. pos-1.
        return _Node(kind, self.tokens[first_index][2], self.tokens[self.pos - 1][3])

    def parse(self):
        node = self.star_expressions()
        if self.at(';'):
            self.take()
        if self.peek() is not None:
            raise _ParseFailed
        return node

    def star_expressions(self):
        first = self.pos
        node = self.named_expression()
        if self.at(','):
            while self.at(','):
                self.take()
                if self.peek() is None or self.at(')') or self.at(';'):
                    break
                self.named_expression()
            return self.span(first)
        return node

    def named_expression(self):
        first = self.pos
        tok = self.peek()
        if tok is not None and tok[0] == 'NAME' and self.peek(1) is not None \
                and self.peek(1)[1] == ':=':
            self.take()
            self.take(':=')
            self.expression()
            return self.span(first)
        return self.expression()

    def expression(self):
        first = self.pos
        if self.at('lambda', ('NAME',)):
            self.take()
            while not self.at(':'):
                if self.peek() is None:
                    raise _ParseFailed
                self.take()
            self.take(':')
            self.expression()
            return self.span(first)
        node = self.disjunction()
        if self.at('if', ('NAME',)):
            self.take()
            self.disjunction()
            self.take('else')
            self.expression()
            return self.span(first)
        return node

    def disjunction(self):
        first = self.pos
        node = self.conjunction()
        if self.at('or', ('NAME',)):
            while self.at('or', ('NAME',)):
                self.take()
                self.conjunction()
            return self.span(first)
        return node

    def conjunction(self):
        first = self.pos
        node = self.inversion()
        if self.at('and', ('NAME',)):
            while self.at('and', ('NAME',)):
                self.take()
                self.inversion()
            return self.span(first)
        return node

    def inversion(self):
        first = self.pos
        if self.at('not', ('NAME',)):
            self.take()
            self.inversion()
            return self.span(first)
        return self.comparison()

    def comparison(self):
        first = self.pos
        node = self.binary(0)
        compared = False
        while True:
            tok = self.peek()
            if tok is None or tok[1] not in _COMPARISONS:
                break
            if tok[1] == 'not':
                nxt = self.peek(1)
                if nxt is None or nxt[1] != 'in':
                    break
                self.take()
            self.take()
            if tok[1] == 'is' and self.at('not', ('NAME',)):
                self.take()
            self.binary(0)
            compared = True
        return self.span(first) if compared else node

    def binary(self, level):
        if level == len(_BINARY_LEVELS):
            return self.factor()
        first = self.pos
        node = self.binary(level + 1)
        while True:
            tok = self.peek()
            if tok is None or tok[0] != 'OP' or tok[1] not in _BINARY_LEVELS[level]:
                return node
            self.take()
            right = self.binary(level + 1)
            new = self.span(first, 'binop')
            new.left = node
            new.right = right
            node = new

    def factor(self):
        first = self.pos
        tok = self.peek()
        if tok is not None and tok[0] == 'OP' and tok[1] in ('+', '-', '~'):
            self.take()
            self.factor()
            return self.span(first)
        return self.power()

    def power(self):
        first = self.pos
        node = self.await_primary()
        if self.at('**', ('OP',)):
            self.take()
            right = self.factor()
            new = self.span(first, 'binop')
            new.left = node
            new.right = right
            return new
        return node

    def await_primary(self):
        first = self.pos
        if self.at('await', ('NAME',)):
            self.take()
            self.primary()
            return self.span(first)
        return self.primary()

    def primary(self):
        first = self.pos
        node = self.atom()
        while True:
            if self.at('.', ('OP',)):
                self.take()
                tok = self.take()
                if tok[0] != 'NAME' or tok[1] in _KEYWORDS:
                    raise _ParseFailed
                node = self.span(first)
            elif self.at('(', ('OP',)):
                self.skip_group('(', ')')
                node = self.span(first)
            elif self.at('[', ('OP',)):
                bracket = self.peek()[2]
                self.subscript_contents()
                node = self.span(first, 'subscript')
                node.bracket = bracket
            else:
                return node

    def subscript_contents(self):
        self.take('[')
        if self.at(']'):
            raise _ParseFailed
        while True:
            self.slice_item()
            if self.at(','):
                self.take()
                if self.at(']'):
                    break
                continue
            break
        self.take(']')

    def slice_item(self):
        if not self.at(':'):
            if self.at('*', ('OP',)):
                self.take()
            self.named_expression()
        if self.at(':'):
            self.take()
            if not (self.at(':') or self.at(',') or self.at(']')):
                self.expression()
            if self.at(':'):
                self.take()
                if not (self.at(',') or self.at(']')):
                    self.expression()

    def skip_group(self, open_, close):
        # Skip a bracketed group without looking inside (calls, displays).
        self.take(open_)
        depth = 1
        while depth:
            tok = self.take()
            if tok[0] == 'OP':
                if tok[1] in ('(', '[', '{'):
                    depth += 1
                elif tok[1] in (')', ']', '}'):
                    depth -= 1
        if self.tokens[self.pos - 1][1] != close:
            raise _ParseFailed

    def atom(self):
        tok = self.peek()
        if tok is None:
            raise _ParseFailed
        first = self.pos
        kind, value = tok[0], tok[1]
        if kind == 'NAME':
            if value in _KEYWORDS and value not in ('None', 'True', 'False'):
                raise _ParseFailed
            self.take()
            return self.span(first)
        if kind == 'NUMBER':
            self.take()
            return self.span(first)
        if kind == 'STRING':
            while self.peek() is not None and self.peek()[0] == 'STRING':
                self.take()
            return self.span(first)
        if value == '...':
            self.take()
            return self.span(first)
        if value == '(':
            return self.paren_atom()
        if value == '[':
            self.skip_group('[', ']')
            return self.span(first)
        if value == '{':
            self.skip_group('{', '}')
            return self.span(first)
        raise _ParseFailed

    def paren_atom(self):
        first = self.pos
        self.take('(')
        if self.at(')'):
            self.take()
            return self.span(first)
        if self.at('yield', ('NAME',)):
            # (yield ...): skip it.
            self.pos = first
            self.skip_group('(', ')')
            return self.span(first)
        try:
            inner = self.named_expression()
        except _ParseFailed:
            inner = None
        if inner is not None and self.at(')'):
            # Plain grouping: the node is the inner expression.
            self.take()
            return inner
        # A tuple, a generator expression, or starred items.
        self.pos = first
        self.skip_group('(', ')')
        return self.span(first)


def _caret_anchors(segment):
    """(left, right) offsets in `segment` of the part to mark with '^' when the
    segment is a binary operation or a subscript, else None."""
    if not segment or segment[0].isspace():
        return None
    try:
        tree = _ExprParser(_tokenize_expression(segment)).parse()
    except (_ParseFailed, IndexError, RecursionError):
        return None
    if tree.kind == 'binop':
        left_end = tree.left.end
        operator = segment[left_end:tree.right.start]
        offset = len(operator) - len(operator.lstrip())
        left = left_end + offset
        right = left + 1
        if offset + 1 < len(operator) and not operator[offset + 1].isspace():
            right += 1
        while left < len(segment) and (segment[left].isspace() or segment[left] in ')#'):
            left += 1
            right += 1
        return left, right
    if tree.kind == 'subscript':
        left = tree.bracket
        return left, len(segment)
    return None


# --- TracebackException ----------------------------------------------------------

_cause_message = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_context_message = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")


class _ExceptionPrintContext:
    # Indentation state while formatting (nested) exception groups.
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        if isinstance(text_gen, str):
            return iter((_indent_all(text_gen, indent_str),))
        return _indent_each(text_gen, indent_str)


def _indent_each(texts, prefix):
    for text in texts:
        yield _indent_all(text, prefix)


def _indent_all(text, prefix):
    if not prefix:
        return text
    return ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception ready for rendering: its stack (a StackSummary), the
    string of its value, its notes, and TracebackExceptions for its
    __cause__, __context__ and (exception groups) sub-exceptions.

    Attributes: exc_type, stack, __cause__, __context__, __suppress_context__,
    __notes__, exceptions (None unless a group), max_group_width,
    max_group_depth; for SyntaxError also filename, lineno, end_lineno, text,
    offset, end_offset, msg.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        # _seen: ids of the exceptions already converted (avoids cycles); only
        # the outermost call (with _seen None) converts the chained ones.
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth

        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        # Rendered now so the exception can be freed.
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)

        if exc_type and issubclass(exc_type, SyntaxError):
            fields = _syntax_error_fields(exc_value)
            self.filename = fields['filename']
            lno = fields['lineno']
            self.lineno = str(lno) if lno is not None else None
            end_lno = fields['end_lineno']
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = fields['text']
            self.offset = fields['offset']
            self.end_offset = fields['end_offset']
            self.msg = fields['msg']
        elif exc_type and issubclass(exc_type, ImportError) and \
                getattr(exc_value, "name_from", None) is not None:
            wrong_name = getattr(exc_value, "name_from", None)
            suggestion = _compute_suggestion_error(exc_value, exc_traceback, wrong_name)
            if suggestion:
                self._str += f". Did you mean: '{suggestion}'?"
        elif exc_type and issubclass(exc_type, (NameError, AttributeError)) and \
                getattr(exc_value, "name", None) is not None:
            wrong_name = getattr(exc_value, "name", None)
            suggestion = _compute_suggestion_error(exc_value, exc_traceback, wrong_name)
            if suggestion:
                self._str += f". Did you mean: '{suggestion}'?"
            if issubclass(exc_type, NameError):
                if wrong_name is not None and wrong_name in _stdlib_module_names():
                    if suggestion:
                        self._str += f" Or did you forget to import '{wrong_name}'"
                    else:
                        self._str += f". Did you forget to import '{wrong_name}'"
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False

        if is_recursive_call:
            return
        # Convert the chained exceptions, iteratively (a chain may be long).
        pending = [(self, exc_value)]
        while pending:
            te, e = pending.pop()
            if e is not None and e.__cause__ is not None \
                    and id(e.__cause__) not in _seen:
                cause = TracebackException(
                    type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                    limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals,
                    max_group_width=max_group_width,
                    max_group_depth=max_group_depth, _seen=_seen)
            else:
                cause = None

            if compact:
                need_context = (cause is None and e is not None
                                and not e.__suppress_context__)
            else:
                need_context = True
            if e is not None and e.__context__ is not None and need_context \
                    and id(e.__context__) not in _seen:
                context = TracebackException(
                    type(e.__context__), e.__context__, e.__context__.__traceback__,
                    limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals,
                    max_group_width=max_group_width,
                    max_group_depth=max_group_depth, _seen=_seen)
            else:
                context = None

            if e is not None and isinstance(e, BaseExceptionGroup):
                exceptions = []
                for exc in e.exceptions:
                    exceptions.append(TracebackException(
                        type(exc), exc, exc.__traceback__,
                        limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen))
            else:
                exceptions = None

            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                pending.append((te.__cause__, e.__cause__))
            if context:
                pending.append((te.__context__, e.__context__))
            if exceptions:
                pending.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException for exception instance `exc`."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the `Type: message` line(s) (SyntaxError: the location lines
        first), then one line per line of each note."""
        return self._format_exception_only()

    def _format_exception_only(self):
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return

        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype

        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)

        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence) and \
                not isinstance(notes, (str, bytes)):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif notes is not None:
            yield "{}\n".format(_safe_string(notes, '__notes__', func=repr))

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)

        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset
                if end_offset is None or end_offset == 0:
                    end_offset = offset
                if end_offset == offset or end_offset == -1:
                    end_offset = offset + 1
                # 1-based columns to indexes into the stripped text.
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # Keep tabs and other whitespace so the markers line up.
                    caretspace = ''.join(c if c.isspace() else ' '
                                         for c in ltext[:colno])
                    yield '    {}{}\n'.format(caretspace, '^' * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    # Molt: calling a bound generator method with keyword arguments fails, so
    # the public generator methods are plain methods returning generators.

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the full report: chained exceptions first (with
        the "direct cause"/"During handling" separators), then for each its
        "Traceback (most recent call last):" block and final line; exception
        groups are drawn in nested boxes."""
        return self._format(chain, _ctx)

    def _format(self, chain, _ctx):
        if _ctx is None:
            _ctx = _ExceptionPrintContext()

        output = []
        exc = self
        if chain:
            while exc is not None:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                # Too deeply nested group.
                yield from _ctx.emit(
                    f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, _ctx):
        is_toplevel = (_ctx.exception_group_depth == 0)
        if is_toplevel:
            _ctx.exception_group_depth += 1

        if exc.stack:
            yield from _ctx.emit(
                'Exception Group Traceback (most recent call last):\n',
                '+' if is_toplevel else None)
            yield from _ctx.emit(exc.stack.format())

        yield from _ctx.emit(exc.format_exception_only())
        num_excs = len(exc.exceptions)
        if num_excs <= self.max_group_width:
            n = num_excs
        else:
            n = self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = (i == n - 1)
            if last_exc:
                # The closing line may be written by a nested call instead.
                _ctx.need_close = True

            if self.max_group_width is not None:
                truncated = (i >= self.max_group_width)
            else:
                truncated = False
            title = f'{i + 1}' if not truncated else '...'
            yield (_ctx.indent() +
                   ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from exc.exceptions[i]._format(chain, _ctx)
            else:
                remaining = num_excs - self.max_group_width
                plural = 's' if remaining > 1 else ''
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")

            if last_exc and _ctx.need_close:
                yield (_ctx.indent() +
                       "+------------------------------------\n")
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1

        if is_toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print format()'s lines to `file` (default sys.stderr)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _syntax_error_fields(value):
    # SyntaxError's attributes. Molt's SyntaxError instances made by calling
    # the class may lack them: rebuild them from the arguments as CPython does.
    names = ('filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset')
    fields = {}
    missing = object()
    for name in names + ('msg',):
        fields[name] = getattr(value, name, missing)
    if any(v is missing for v in fields.values()):
        args = getattr(value, 'args', ())
        from_args = dict.fromkeys(names)
        from_args['msg'] = args[0] if args else None
        if len(args) == 2 and isinstance(args[1], tuple) and len(args[1]) in (4, 6):
            for name, item in zip(names, args[1]):
                from_args[name] = item
        for name, v in fields.items():
            if v is missing:
                fields[name] = from_args[name]
    return fields


# --- "Did you mean" suggestions ---------------------------------------------------

_MAX_CANDIDATE_ITEMS = 750
_MAX_STRING_SIZE = 40
_MOVE_COST = 2
_CASE_COST = 1


def _compute_suggestion_error(exc_value, tb, wrong_name):
    if wrong_name is None or not isinstance(wrong_name, str):
        return None
    if isinstance(exc_value, AttributeError):
        obj = getattr(exc_value, 'obj', None)
        try:
            d = dir(obj)
        except Exception:
            return None
    elif isinstance(exc_value, ImportError):
        try:
            mod = __import__(exc_value.name)
            d = dir(mod)
        except Exception:
            return None
    else:
        # NameError: the names visible in the innermost frame.
        if tb is None:
            return None
        while tb.tb_next is not None:
            tb = tb.tb_next
        frame = tb.tb_frame
        d = list(frame.f_locals) + list(frame.f_globals) + list(_frame_builtins(frame))
        # In a method, the name may be an attribute of self.
        if 'self' in frame.f_locals:
            self = frame.f_locals['self']
            if hasattr(self, wrong_name):
                return f"self.{wrong_name}"

    if len(d) > _MAX_CANDIDATE_ITEMS:
        return None
    wrong_name_len = len(wrong_name)
    if wrong_name_len > _MAX_STRING_SIZE:
        return None
    best_distance = wrong_name_len
    suggestion = None
    for possible_name in d:
        if not isinstance(possible_name, str):
            continue
        if possible_name == wrong_name:
            # A missing attribute that dir() lists: don't suggest it.
            continue
        # No more than a third of the characters should need to change.
        max_distance = (len(possible_name) + wrong_name_len + 3) * _MOVE_COST // 6
        max_distance = min(max_distance, best_distance - 1)
        distance = _levenshtein_distance(wrong_name, possible_name, max_distance)
        if distance > max_distance:
            continue
        if not suggestion or distance < best_distance:
            suggestion = possible_name
            best_distance = distance
    return suggestion


def _frame_builtins(frame):
    builtins = getattr(frame, 'f_builtins', None)
    if builtins is None:
        builtins = frame.f_globals.get('__builtins__', {})
        if not isinstance(builtins, dict):
            builtins = getattr(builtins, '__dict__', {})
    return builtins


def _levenshtein_distance(a, b, max_cost):
    """Edit distance where insertions/deletions cost 2, substitutions 2 and
    case-only substitutions 1; any value > max_cost means "too far"."""
    if a == b:
        return 0
    # Common prefix and suffix don't change the distance.
    pre = 0
    while pre < len(a) and pre < len(b) and a[pre] == b[pre]:
        pre += 1
    a = a[pre:]
    b = b[pre:]
    post = 0
    while post < len(a) and post < len(b) and a[-1 - post] == b[-1 - post]:
        post += 1
    if post:
        a = a[:-post]
        b = b[:-post]
    if not a or not b:
        return _MOVE_COST * (len(a) + len(b))
    if len(a) > _MAX_STRING_SIZE or len(b) > _MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * _MOVE_COST > max_cost:
        return max_cost + 1
    previous = [(i + 1) * _MOVE_COST for i in range(len(a))]
    result = 0
    for bindex, bchar in enumerate(b):
        distance = result = bindex * _MOVE_COST
        minimum = sys.maxsize
        for index, achar in enumerate(a):
            if achar == bchar:
                substitute = distance
            elif achar.lower() == bchar.lower():
                substitute = distance + _CASE_COST
            else:
                substitute = distance + _MOVE_COST
            distance = previous[index]
            insert_delete = min(result, distance) + _MOVE_COST
            result = min(insert_delete, substitute)
            previous[index] = result
            if result < minimum:
                minimum = result
        if minimum > max_cost:
            return max_cost + 1
    return result


_STDLIB_NAMES = None


def _stdlib_module_names():
    global _STDLIB_NAMES
    names = getattr(sys, 'stdlib_module_names', None)
    if names is not None:
        return names
    if _STDLIB_NAMES is None:
        _STDLIB_NAMES = frozenset(_STDLIB_NAMES_TEXT.split())
    return _STDLIB_NAMES


# sys.stdlib_module_names of CPython 3.12 (Molt's sys lacks it).
_STDLIB_NAMES_TEXT = """
__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bz2 _codecs
_codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw
_collections _collections_abc _compat_pickle _compression _contextvars _crypt
_csv _ctypes _curses _curses_panel _datetime _dbm _decimal _elementtree
_frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq
_imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec
_multiprocessing _opcode _operator _osx_support _overlapped _pickle
_posixshmem _posixsubprocess _py_abc _pydatetime _pydecimal _pyio _pylong
_queue _random _scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins _socket
_sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable
_thread _threading_local _tkinter _tokenize _tracemalloc _typing _uuid
_warnings _weakref _weakrefset _winapi _zoneinfo abc aifc antigravity
argparse array ast asyncio atexit audioop base64 bdb binascii bisect builtins
bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop
collections colorsys compileall concurrent configparser contextlib
contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm
decimal difflib dis doctest email encodings ensurepip enum errno
faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc
genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac
html http idlelib imaplib imghdr importlib inspect io ipaddress itertools
json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal
math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis
nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev
pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix
posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data
pyexpat queue quopri random re readline reprlib resource rlcompleter runpy
sched secrets select selectors shelve shlex shutil signal site smtplib
sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse
ssl stat statistics string stringprep struct subprocess sunau symtable sys
sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this
threading time timeit tkinter token tokenize tomllib trace traceback
tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu
uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml
xmlrpc zipapp zipfile zipimport zlib zoneinfo
"""
