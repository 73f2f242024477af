"""Pathname manipulation for POSIX systems: the module `os.path` refers to on Molt.

Molt's own implementation, written from the Python documentation and CPython 3.12's
observable behaviour. Every function accepts str, bytes or an os.PathLike object and
returns the same kind; mixing str and bytes raises CPython's TypeError. The functions
that query the file system go through the `os` module at call time (this module is
imported by `os` while `os` is still initialising, so it must not touch os attributes
at import time).

expanduser() needs the pwd module for `~user` and for `~` when $HOME is unset; without
pwd (Molt has none yet) such paths are returned unchanged.
"""

import os
import sys
import stat
import genericpath
from genericpath import *
from genericpath import _fspath, _check_arg_types, _splitext

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = (sys.platform == 'darwin')

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split",
           "splitext", "basename", "dirname", "commonprefix", "getsize",
           "getmtime", "getatime", "getctime", "islink", "exists", "lexists",
           "isdir", "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath", "isjunction"]


def _sep_of(path):
    return b'/' if isinstance(path, bytes) else '/'


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = _fspath(s)
    return s.startswith(_sep_of(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    a = _fspath(a)
    s = _sep_of(a)
    path = a
    try:
        for b in p:
            b = _fspath(b)
            if isinstance(b, bytes) != isinstance(a, bytes):
                raise TypeError
            if b.startswith(s):
                path = b
            elif not path or path.endswith(s):
                path = path + b
            else:
                path = path + s + b
    except (TypeError, AttributeError):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = _fspath(p)
    s = _sep_of(p)
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = _fspath(p)
    if isinstance(p, bytes):
        return _splitext(p, b'/', None, b'.')
    return _splitext(p, '/', None, '.')


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    """Split a pathname into drive, root and tail. On Posix, drive is always
    empty; the root may be empty, a single slash, or two slashes. The tail
    contains anything after the root. For example:

        splitroot('foo/bar') == ('', '', 'foo/bar')
        splitroot('/foo/bar') == ('', '/', 'foo/bar')
        splitroot('//foo/bar') == ('', '//', 'foo/bar')
        splitroot('///foo/bar') == ('', '/', '//foo/bar')
    """
    p = _fspath(p)
    s = _sep_of(p)
    empty = p[:0]
    if p[:1] != s:
        return empty, empty, p
    if p[1:2] != s or p[2:3] == s:
        # One slash, or three or more: the root is a single slash.
        return empty, s, p[1:]
    # Exactly two leading slashes are kept (POSIX leaves them implementation-defined).
    return empty, p[:2], p[2:]


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    return p[p.rfind(_sep_of(p)) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    s = _sep_of(p)
    head = p[:p.rfind(s) + 1]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head


def isjunction(path):
    """Test whether a path is a junction
    Junctions are not supported on the current platform"""
    _fspath(path)
    return False


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Test whether a path is a mount point"""
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(st.st_mode):
        return False
    path = _fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        parent_st = os.lstat(parent)
    except (OSError, ValueError):
        return False
    if st.st_dev != parent_st.st_dev:
        return True      # on a different device than its parent
    if st.st_ino == parent_st.st_ino:
        return True      # its own parent: the root
    return False


def _fsencode(s):
    fsencode = getattr(os, 'fsencode', None)
    if fsencode is not None:
        return fsencode(s)
    return s.encode('utf-8', 'surrogateescape')


def _fsdecode(b):
    fsdecode = getattr(os, 'fsdecode', None)
    if fsdecode is not None:
        return fsdecode(b)
    return b.decode('utf-8', 'surrogateescape')


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = _fspath(path)
    if isinstance(path, bytes):
        tilde = b'~'
        s = b'/'
    else:
        tilde = '~'
        s = '/'
    if not path.startswith(tilde):
        return path
    end = path.find(s, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            try:
                import pwd
            except ImportError:
                return path
            try:
                home = pwd.getpwuid(os.getuid()).pw_dir
            except KeyError:
                return path
    else:
        try:
            import pwd
        except ImportError:
            return path
        name = path[1:end]
        if isinstance(name, bytes):
            name = str(name, 'ASCII')
        try:
            home = pwd.getpwnam(name).pw_dir
        except KeyError:
            return path
    if isinstance(path, bytes):
        home = _fsencode(home)
    home = home.rstrip(s)
    return (home + path[end:]) or s


_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_WORD_BYTES = frozenset(_WORD_ch.encode() for _WORD_ch in _WORD)


def _find_var(path, start, dollar, word, lbrace, rbrace):
    # The next reference $name or ${name} at or after `start`: (begin, end, name),
    # or None. `name` is an ASCII word; `{...}` may hold anything but '}'.
    while True:
        i = path.find(dollar, start)
        if i < 0:
            return None
        j = i + 1
        nxt = path[j:j + 1]
        if nxt and nxt in word:
            while path[j:j + 1] and path[j:j + 1] in word:
                j += 1
            return i, j, path[i + 1:j]
        if nxt == lbrace:
            close = path.find(rbrace, j + 1)
            if close >= 0:
                return i, close + 1, path[j + 1:close]
        start = i + 1


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = _fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        environ = getattr(os, 'environb', None)
        markers = (b'$', _WORD_BYTES, b'{', b'}')
    else:
        if '$' not in path:
            return path
        environ = os.environ
        markers = ('$', _WORD, '{', '}')
    i = 0
    while True:
        found = _find_var(path, i, *markers)
        if found is None:
            break
        i, j, name = found
        try:
            if environ is None:
                value = _fsencode(os.environ[_fsdecode(name)])
            else:
                value = environ[name]
        except KeyError:
            i = j
        else:
            tail = path[j:]
            path = path[:i] + value
            i = len(path)
            path += tail
    return path


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if isinstance(path, bytes):
        s, dot, dotdot = b'/', b'.', b'..'
    else:
        s, dot, dotdot = '/', '.', '..'
    if not path:
        return dot
    if path.startswith(s):
        # POSIX: exactly two leading slashes are kept, one or three+ become one.
        if path.startswith(s * 2) and not path.startswith(s * 3):
            root = s * 2
        else:
            root = s
    else:
        root = path[:0]
    parts = []
    for comp in path.split(s):
        if not comp or comp == dot:
            continue
        if comp == dotdot:
            if parts and parts[-1] != dotdot:
                parts.pop()
            elif not root:
                parts.append(comp)
            # '..' at the root stays at the root.
            continue
        parts.append(comp)
    return (root + s.join(parts)) or dot


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = os.getcwdb()
        else:
            cwd = os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    filename = _fspath(filename)
    path, ok = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    # Append the components of `rest` to the already-resolved `path`, following
    # symbolic links. `seen` maps each link met so far to its resolution, or to
    # None while that link is being resolved (meeting it again is a loop).
    # Returns (path, True), or (path-with-rest-appended, False) on a loop when
    # not strict.
    if isinstance(path, bytes):
        s, dot, dotdot = b'/', b'.', b'..'
    else:
        s, dot, dotdot = '/', '.', '..'
    if rest.startswith(s):
        rest = rest[1:]
        path = s
    while rest:
        name, _, rest = rest.partition(s)
        if not name or name == dot:
            continue
        if name == dotdot:
            if path:
                path, last = split(path)
                if last == dotdot:
                    path = join(path, dotdot, dotdot)
            else:
                path = dotdot
            continue
        candidate = join(path, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = candidate
            continue
        if candidate in seen:
            resolved = seen[candidate]
            if resolved is not None:
                path = resolved
                continue
            # A symlink loop.
            if strict:
                os.stat(candidate)      # raises OSError (ELOOP)
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _resolve(path, os.readlink(candidate), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if isinstance(path, bytes):
        s, dot, dotdot = b'/', b'.', b'..'
    else:
        s, dot, dotdot = '/', '.', '..'
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    if isinstance(start, bytes) != isinstance(path, bytes):
        _check_arg_types('relpath', path, start)
    start_parts = [c for c in abspath(start).split(s) if c]
    path_parts = [c for c in abspath(path).split(s) if c]
    common = 0
    for a, b in zip(start_parts, path_parts):
        if a != b:
            break
        common += 1
    rel = [dotdot] * (len(start_parts) - common) + path_parts[common:]
    if not rel:
        return dot
    return join(*rel)


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        s, dot = b'/', b'.'
    else:
        s, dot = '/', '.'
    try:
        split_paths = [p.split(s) for p in paths]
        kinds = set(p[:1] == s for p in paths)
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths") from None
        absolute = kinds.pop()
        split_paths = [[c for c in sp if c and c != dot] for sp in split_paths]
        lo = min(split_paths)
        hi = max(split_paths)
        common = lo
        for i, c in enumerate(lo):
            if c != hi[i]:
                common = lo[:i]
                break
        prefix = s if absolute else s[:0]
        return prefix + s.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
