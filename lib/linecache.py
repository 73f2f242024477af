"""Cache of the lines of source files, for tracebacks and warnings.

`getline(filename, lineno)` returns one line of a file (with its newline), or ''
when the file or the line does not exist; the file is read once and remembered in
`cache`. Files are decoded with the encoding named by a PEP 263 coding cookie
(or a UTF-8 byte-order mark), UTF-8 otherwise, with universal newlines.

`cache` maps a file name to `(size, mtime, lines, fullname)`, or to a one-element
tuple `(get_lines,)` registered by `lazycache` for modules whose source comes
from their loader. An entry whose mtime is None is never invalidated by
`checkcache`.

Molt has no `os` module: when it is missing, a file's "stat" is taken by reading
it, and the mtime slot of a cache entry holds a fingerprint of the file's bytes
(so `checkcache` still notices changed and deleted files).
"""

import sys

try:
    import os as _os
except ImportError:
    _os = None

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Return line `lineno` (1-based) of `filename`, or '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Return the list of lines of `filename`, reading it if it is not cached."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk or disappeared.

    With no argument every entry is checked, otherwise only `filename`'s.
    """
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            # Missing (removed meanwhile) or a lazy loader entry.
            continue
        size, mtime, _lines, fullname = entry
        if mtime is None:
            # Registered by hand or loaded from a module's loader.
            continue
        st = _stat(fullname)
        if st is None or st[0] != size or st[1] != mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """(Re)read `filename` into the cache and return its lines ([] on failure).

    A relative name that is not found as given is looked up in the directories
    of sys.path; a module's loader (`lazycache`) is asked for the source first.
    """
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    fullname = filename
    st = _stat(fullname)
    if st is None:
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    # The loader has no source for this module.
                    return []
                lines = [line + '\n' for line in data.splitlines()]
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if _isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = _join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            st = _stat(fullname)
            if st is not None:
                break
        else:
            return []

    size, mtime, data = st
    try:
        if data is None:
            with open(fullname, 'rb') as f:
                data = f.read()
        lines = _decode_source(data)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (size, mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to get `filename`'s source from its module's loader.

    Returns True if an entry for a lazily loaded file is now (or already was) in
    the cache, False if there is no loader with a get_source method (or the file
    is already cached normally).
    """
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    loader = module_globals.get('__loader__')
    if loader is None:
        loader = getattr(module_globals.get('__spec__'), 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if not (name and get_source):
        return False

    import functools
    cache[filename] = (functools.partial(get_source, name),)
    return True


# --- file system helpers -------------------------------------------------------

def _isabs(path):
    if _os is not None:
        return _os.path.isabs(path)
    return path.startswith('/')


def _join(dirname, name):
    if _os is not None:
        return _os.path.join(dirname, name)
    if not isinstance(dirname, str) or not isinstance(name, str):
        raise TypeError("join() arguments must be str")
    if name.startswith('/') or not dirname:
        return name
    if dirname.endswith('/'):
        return dirname + name
    return dirname + '/' + name


def _stat(fullname):
    """Return (size, mtime, data_or_None) for a file, or None if it can't be found.

    With `os`, data is None and the file is read later. Without it the file is
    read here: its size and a fingerprint of its bytes stand for size and mtime.
    """
    if _os is not None:
        try:
            st = _os.stat(fullname)
        except (OSError, ValueError, TypeError):
            return None
        return st.st_size, st.st_mtime, None
    try:
        with open(fullname, 'rb') as f:
            data = f.read()
    except IsADirectoryError:
        # It exists (CPython's stat succeeds) but can't be read as lines.
        return 0, 0, b''
    except (OSError, ValueError, TypeError):
        return None
    return len(data), ('bytes', hash(data)), data


# --- decoding (PEP 263) ----------------------------------------------------------

_BOM = b'\xef\xbb\xbf'
_WORD_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.')


def _cookie(line):
    """The encoding named by a coding cookie in `line` (a str), or None."""
    stripped = line.lstrip(' \t\f')
    if not stripped.startswith('#'):
        return None
    pos = 0
    while True:
        pos = stripped.find('coding', pos)
        if pos < 0:
            return None
        pos += 6
        if pos < len(stripped) and stripped[pos] in ':=':
            i = pos + 1
            while i < len(stripped) and stripped[i] in ' \t':
                i += 1
            j = i
            while j < len(stripped) and stripped[j] in _WORD_CHARS:
                j += 1
            if j > i:
                return stripped[i:j]


def _is_blank_or_comment(line):
    stripped = line.lstrip(' \t\f')
    return stripped == '' or stripped[0] in '#\r\n'


def _normal_encoding(name):
    enc = name[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def _detect_encoding(data):
    """Return (encoding, data without BOM); SyntaxError when it is unusable."""
    bom = data.startswith(_BOM)
    if bom:
        data = data[3:]
    first_lines = data.split(b'\n', 2)[:2]
    encoding = None
    for raw in first_lines:
        try:
            line = raw.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError('invalid or missing encoding declaration') from None
        found = _cookie(line)
        if found is not None:
            encoding = _normal_encoding(found)
            try:
                b''.decode(encoding)
            except LookupError:
                raise SyntaxError('unknown encoding: ' + found) from None
            if bom and encoding != 'utf-8':
                raise SyntaxError('encoding problem: utf-8')
            break
        if not _is_blank_or_comment(line):
            break
    return encoding or 'utf-8', data


def _decode_source(data):
    """Decode a source file's bytes into a list of lines (universal newlines)."""
    encoding, data = _detect_encoding(data)
    text = data.decode(encoding)
    if '\r' in text:
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    if lines[-1] == '':
        lines.pop()
        return [line + '\n' for line in lines]
    last = lines.pop()
    result = [line + '\n' for line in lines]
    result.append(last)
    return result
