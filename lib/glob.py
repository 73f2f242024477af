"""Filename globbing: glob, iglob, escape and has_magic.

Molt's own implementation, written from the Python documentation and CPython 3.12's
observable behaviour. Results come in the order os.scandir() yields directory entries
(nothing is sorted, as in CPython). Supports recursive `**`, root_dir and
include_hidden; dir_fd is not supported (NotImplementedError).
"""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]

_MAGIC = frozenset('*?[')
_MAGIC_BYTES = frozenset(b'*?[')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return a list of paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch. Unlike fnmatch, filenames starting with a
    dot are special cases that are not matched by '*' and '?'
    patterns by default.

    If `include_hidden` is true, the patterns '*', '?', '**'  will match hidden
    directories.

    If `recursive` is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch. However, unlike fnmatch, filenames starting with a
    dot are special cases that are not matched by '*' and '?'
    patterns.

    If recursive is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by Molt yet")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # A leading '**' (or an empty pattern) may produce an empty first
        # result, which is not a path: drop it.
        results = _skip_empty_first(results)
    return results


def _skip_empty_first(results):
    first = True
    for r in results:
        if first:
            first = False
            if not r:
                continue
        yield r


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # A pattern ending with a slash matches directories only.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            in_dir = _glob_recursive
        else:
            in_dir = _glob_pattern
    else:
        in_dir = _glob_literal
    for d in dirs:
        for name in in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [n for n in names if not _ishidden(n)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    # '**': the directory itself (as an empty name), then everything below it.
    if not dirname or os.path.isdir(dirname):
        yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            for sub in _rlistdir(path, dironly, include_hidden):
                yield _join(name, sub)


def _listdir(dirname, dironly):
    if dirname:
        target = dirname
    elif isinstance(dirname, bytes):
        target = bytes(os.curdir, 'ASCII')
    else:
        target = os.curdir
    names = []
    try:
        with os.scandir(target) as entries:
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
    except OSError:
        pass
    return names


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def _ishidden(path):
    return path[:1] in ('.', b'.')


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def has_magic(s):
    if isinstance(s, bytes):
        return any(c in _MAGIC_BYTES for c in s)
    return any(c in _MAGIC for c in s)


def escape(pathname):
    """Escape all special characters.
    """
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        out = bytearray()
        for c in pathname:
            if c in _MAGIC_BYTES:
                out += b'[' + bytes((c,)) + b']'
            else:
                out.append(c)
        pathname = bytes(out)
    else:
        pathname = ''.join('[' + c + ']' if c in _MAGIC else c for c in pathname)
    return drive + pathname


def glob0(dirname, pattern):
    """Names in `dirname` matching the literal `pattern` (legacy helper)."""
    return _glob_literal(dirname, pattern, False, False)


def glob1(dirname, pattern):
    """Names in `dirname` matching the wildcard `pattern` (legacy helper)."""
    return _glob_pattern(dirname, pattern, False, False)

