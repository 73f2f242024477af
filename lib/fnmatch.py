"""Unix shell-style filename matching: fnmatch, fnmatchcase, filter and translate.

Molt's own implementation, written from the Python documentation and CPython 3.12's
observable behaviour. Patterns use `*` (any run of characters, including '/' and
newlines), `?` (one character), `[seq]`, `[!seq]` (with `a-z` ranges). Molt has no `re`
module yet, so patterns are matched by a small matcher of their own rather than through
a regular expression; translate() still returns the same regular-expression text as
CPython 3.12. Bytes patterns and names are matched as Latin-1 text, as CPython does.
"""

import os

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Characters re.escape() escapes (CPython 3.7+).
_RE_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')

# Matcher tokens. Every token but _STAR consumes exactly one character.
_STAR = None
_ANY = (1,)
_NEVER = (3,)


def _escape(c):
    return '\\' + c if c in _RE_SPECIAL else c


def _parse_class(pat, i, j):
    """The bracket expression pat[i:j] (between '[' and ']'): returns its regex
    text and its matcher token."""
    content = pat[i:j]
    if '-' not in content:
        chunks = [content]
    else:
        # Split at the hyphens that form ranges: a hyphen right after '[' (or '[!')
        # is literal, and so is one right after a range.
        chunks = []
        start = i
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[start:k])
            start = k + 1
            k = k + 3
        last = pat[start:j]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += '-'
        # Drop empty ranges (lo > hi), merging their neighbours.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
    stuff = '-'.join(c.replace('\\', '\\\\').replace('-', '\\-') for c in chunks)
    # Escape what Python's re would read as set operations.
    escaped = []
    for c in stuff:
        if c in '&~|':
            escaped.append('\\')
        escaped.append(c)
    stuff = ''.join(escaped)
    if not stuff:
        return '(?!)', _NEVER
    if stuff == '!':
        return '.', _ANY
    negate = stuff[0] == '!'
    if negate:
        stuff = '^' + stuff[1:]
        chunks[0] = chunks[0][1:]
    elif stuff[0] in '^[':
        stuff = '\\' + stuff
    chars = set()
    for c in chunks:
        chars.update(c)
    ranges = tuple((chunks[k - 1][-1], chunks[k][0]) for k in range(1, len(chunks))
                   if chunks[k - 1] and chunks[k])
    return '[' + stuff + ']', (2, negate, frozenset(chars), ranges)


def _parse(pat):
    """Return (regex pieces, matcher tokens); _STAR stands for '*' in both."""
    pieces = []
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _STAR:
                pieces.append(_STAR)
                tokens.append(_STAR)
        elif c == '?':
            pieces.append('.')
            tokens.append(_ANY)
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            j = pat.find(']', j)
            if j < 0:
                pieces.append('\\[')
                tokens.append((0, '['))
            else:
                text, tok = _parse_class(pat, i, j)
                pieces.append(text)
                tokens.append(tok)
                i = j + 1
        else:
            pieces.append(_escape(c))
            tokens.append((0, c))
    return pieces, tokens


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    len(pat)
    if isinstance(pat, (bytes, bytearray)):
        raise TypeError("decoding to str: need a bytes-like object, int found")
    if not isinstance(pat, str):
        raise TypeError("translate() argument must be str, not %s"
                        % type(pat).__name__)
    pieces, _ = _parse(pat)
    # Text before the first star as is; each part between two stars as an atomic
    # lazy group; the part after the last star after a greedy '.*'.
    out = []
    i = 0
    n = len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        # pieces[i] is a star.
        i += 1
        group = []
        while i < n and pieces[i] is not _STAR:
            group.append(pieces[i])
            i += 1
        if i < n:
            out.append('(?>.*?' + ''.join(group) + ')')
        else:
            out.append('.*' + ''.join(group))
    return '(?s:' + ''.join(out) + ')\\Z'


def _token_matches(tok, c):
    kind = tok[0]
    if kind == 0:
        return tok[1] == c
    if kind == 1:
        return True
    if kind == 2:
        hit = c in tok[2]
        if not hit:
            for lo, hi in tok[3]:
                if lo <= c <= hi:
                    hit = True
                    break
        return hit != tok[1]
    return False


def _match_tokens(tokens, s):
    ntok = len(tokens)
    n = len(s)
    ti = si = 0
    star_ti = -1
    star_si = 0
    while si < n:
        if ti < ntok:
            tok = tokens[ti]
            if tok is _STAR:
                star_ti = ti
                star_si = si
                ti += 1
                continue
            if _token_matches(tok, s[si]):
                ti += 1
                si += 1
                continue
        if star_ti < 0:
            return False
        # Let the last star swallow one more character and retry after it.
        star_si += 1
        si = star_si
        ti = star_ti + 1
    while ti < ntok and tokens[ti] is _STAR:
        ti += 1
    return ti == ntok


_cache = {}
_CACHE_MAX = 32768


def _compile(pat):
    key = (type(pat), pat)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pat, (bytes, bytearray)):
        text = bytes(pat).decode('latin-1')
        is_bytes = True
    else:
        len(pat)
        if not isinstance(pat, str):
            raise TypeError("first argument must be string or compiled pattern")
        text = pat
        is_bytes = False
    tokens = _parse(text)[1]
    literal = None
    if all(t is not _STAR and t[0] == 0 for t in tokens):
        literal = ''.join(t[1] for t in tokens)
    compiled = (is_bytes, tokens, literal)
    if isinstance(pat, (str, bytes)):
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[key] = compiled
    return compiled


def _run(compiled, name):
    is_bytes, tokens, literal = compiled
    if is_bytes:
        if isinstance(name, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        if not isinstance(name, (bytes, bytearray)):
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(name).__name__)
        name = bytes(name).decode('latin-1')
    else:
        if isinstance(name, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        if not isinstance(name, str):
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(name).__name__)
    if literal is not None:
        return name == literal
    return _match_tokens(tokens, name)


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it.
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    return _run(_compile(pat), name)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = os.path.normcase(pat)
    compiled = _compile(pat)
    result = []
    for name in names:
        if _run(compiled, name):
            result.append(name)
    return result
