"""Path operations shared by every operating system flavour of os.path.

Molt's own implementation, written from the Python documentation: the stat-based
queries (exists, isfile, isdir, islink, getsize, get*time, samefile, sameopenfile,
samestat), commonprefix, and the helpers posixpath uses for argument checking
(str/bytes mixing) and splitext.
"""

import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'islink', 'samefile', 'sameopenfile',
           'samestat']


def _fspath(path):
    # os.fspath, usable while os itself is still being imported.
    if isinstance(path, (str, bytes)):
        return path
    cls = type(path)
    try:
        method = cls.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + cls.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (cls.__name__, type(result).__name__))


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Test whether a path is a regular file"""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def islink(path):
    """Test whether a path is a symbolic link"""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    # Lists and tuples of components are compared element-wise, as they are.
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    lo = min(m)
    hi = max(m)
    n = 0
    for item in lo:
        if item != hi[n]:
            return lo[:n]
        n += 1
    return lo


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory

    This is determined by the device number and i-node number and
    raises an exception if an os.stat() call on either pathname fails.
    """
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return samestat(s1, s2)


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    s1 = os.fstat(fp1)
    s2 = os.fstat(fp2)
    return samestat(s1, s2)


def _splitext(p, sep, altsep, extsep):
    """Split the extension from a pathname; leading dots of the last
    component do not start an extension. Returns (root, ext)."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        start = last_sep + 1
        # Only dots before the last one: not an extension.
        while start < dot:
            if p[start:start + 1] != extsep:
                return p[:dot], p[dot:]
            start += 1
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """Raise the TypeError CPython reports for a bad or str/bytes-mixing
    argument of path function `funcname`."""
    seen_str = seen_bytes = False
    for s in args:
        if isinstance(s, str):
            seen_str = True
        elif isinstance(s, bytes):
            seen_bytes = True
        else:
            raise TypeError('%s() argument must be str, bytes, or '
                            'os.PathLike object, not %r'
                            % (funcname, s.__class__.__name__)) from None
    if seen_str and seen_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


# Imported last: `os` imports posixpath, which imports this module, so everything
# above must already exist when a program imports genericpath before os.
import os  # noqa: E402
