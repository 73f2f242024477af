"""The `os` module for POSIX systems: file-system operations, the environment, process
facts and raw file descriptors, built on the native primitives of `_os`. Argument handling
(keywords, os.PathLike, dir_fd, result types such as stat_result) lives here; the system
calls and their OSError exceptions live in `_os`."""

import sys
import abc as _abc
import _os
import _structseq

name = "posix"
linesep = "\n"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

error = OSError

F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
SEEK_DATA, SEEK_HOLE = 3, 4
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_ACCMODE = 3
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = O_NDELAY = 0o4000
O_DSYNC = 0o10000
O_ASYNC = 0o20000
O_DIRECT = 0o40000
O_LARGEFILE = 0
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_NOATIME = 0o1000000
O_CLOEXEC = 0o2000000
O_SYNC = O_RSYNC = 0o4010000
O_PATH = 0o10000000
O_TMPFILE = 0o20200000
EX_OK = 0
EX_USAGE = 64
EX_DATAERR = 65
EX_NOINPUT = 66
EX_NOUSER = 67
EX_NOHOST = 68
EX_UNAVAILABLE = 69
EX_SOFTWARE = 70
EX_OSERR = 71
EX_OSFILE = 72
EX_CANTCREAT = 73
EX_IOERR = 74
EX_TEMPFAIL = 75
EX_PROTOCOL = 76
EX_NOPERM = 77
EX_CONFIG = 78
WNOHANG = 1
WUNTRACED = 2
WCONTINUED = 8
P_PID, P_PGID, P_ALL = 1, 2, 0

supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = set()


# ---- paths -------------------------------------------------------------------------

def fspath(path):
    """Return the file-system representation of the path (str or bytes)."""
    return _os.fspath(path)


class PathLike(_abc.ABC):
    """Abstract base class for objects with a file-system path (`__fspath__`)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if "__fspath__" in klass.__dict__:
                    return klass.__dict__["__fspath__"] is not None
        return NotImplemented

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get("PATH")
    if p is None:
        p = defpath
    return p.split(pathsep)


def _no_dir_fd(dir_fd, fname):
    if dir_fd is not None:
        raise NotImplementedError("os.%s(): dir_fd is not supported by Molt" % fname)


# ---- stat ----------------------------------------------------------------------------

stat_result = _structseq.make(
    "stat_result",
    "os",
    ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", None, None,
     None),
    ("st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
     "st_blksize", "st_blocks", "st_rdev"),
    shown=("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
           "st_atime", "st_mtime", "st_ctime"),
)

statvfs_result = _structseq.make(
    "statvfs_result",
    "os",
    ("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
     "f_favail", "f_flag", "f_namemax"),
    ("f_fsid",),
)

terminal_size = _structseq.make("terminal_size", "os", ("columns", "lines"))
times_result = _structseq.make(
    "times_result", "posix",
    ("user", "system", "children_user", "children_system", "elapsed"))
uname_result = _structseq.make(
    "uname_result", "posix", ("sysname", "nodename", "release", "version", "machine"))


def _stat_result(t):
    mode, ino, dev, nlink, uid, gid, size, a, m, c, blksize, blocks, rdev = t
    return stat_result(
        (mode, ino, dev, nlink, uid, gid, size, a // 1000000000, m // 1000000000,
         c // 1000000000),
        {"st_atime": a / 1e9, "st_mtime": m / 1e9, "st_ctime": c / 1e9, "st_atime_ns": a,
         "st_mtime_ns": m, "st_ctime_ns": c, "st_blksize": blksize, "st_blocks": blocks,
         "st_rdev": rdev},
    )


def _path_or_fd(path, fname, allow_fd=True):
    if isinstance(path, int) and allow_fd and not isinstance(path, bool):
        return path
    if isinstance(path, (str, bytes)):
        return path
    if hasattr(type(path), "__fspath__"):
        return fspath(path)
    kinds = "string, bytes, os.PathLike or integer" if allow_fd else "string, bytes or os.PathLike"
    raise TypeError("%s: path should be %s, not %s" % (fname, kinds, type(path).__name__))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    _no_dir_fd(dir_fd, "stat")
    return _stat_result(_os.stat(_path_or_fd(path, "stat"), follow_symlinks))


def lstat(path, *, dir_fd=None):
    _no_dir_fd(dir_fd, "lstat")
    return _stat_result(_os.stat(_path_or_fd(path, "lstat", False), False))


def fstat(fd):
    if not isinstance(fd, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    return _stat_result(_os.stat(fd, True))


def statvfs(path):
    return statvfs_result(_os.statvfs(_path_or_fd(path, "statvfs")), {"f_fsid": 0})


# ---- directories ---------------------------------------------------------------------

def listdir(path=None):
    if path is not None:
        path = _path_or_fd(path, "listdir")
        if isinstance(path, int):
            raise NotImplementedError("os.listdir() of a file descriptor is not supported by Molt")
    return _os.listdir(path)


class DirEntry:
    """An entry yielded by os.scandir(): name, path, and cached type information."""

    __slots__ = ("name", "path", "_kind", "_ino", "_stat", "_lstat")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, name, path, kind, ino):
        self = object.__new__(cls)
        self.name = name
        self.path = path
        self._kind = kind
        self._ino = ino
        self._stat = None
        self._lstat = None
        return self

    def inode(self):
        return self._ino

    def is_symlink(self):
        if self._kind == "?":
            return _is_kind(self.path, 0o120000, False)
        return self._kind == "l"

    def _follow(self, want, mode):
        if self._kind == "l":
            try:
                return (self.stat().st_mode & 0o170000) == mode
            except FileNotFoundError:
                return False
        if self._kind == "?":
            return _is_kind(self.path, mode, True)
        return self._kind == want

    def is_dir(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._kind == "d"
        return self._follow("d", 0o040000)

    def is_file(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._kind == "f"
        return self._follow("f", 0o100000)

    def is_junction(self):
        return False

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self._kind == "l":
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _is_kind(path, mode, follow):
    try:
        st = _os.stat(path, follow)
    except OSError:
        return False
    return (st[0] & 0o170000) == mode


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        return next(self._it)

    def close(self):
        self._it = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path=None):
    if path is not None:
        path = _path_or_fd(path, "scandir")
        if isinstance(path, int):
            raise NotImplementedError("os.scandir() of a file descriptor is not supported by Molt")
    raw = _os.scandir(path)
    return _ScandirIterator([DirEntry._make(*t) for t in raw])


def getcwd():
    return _os.getcwd(False)


def getcwdb():
    return _os.getcwd(True)


def chdir(path):
    _os.chdir(_path_or_fd(path, "chdir"))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _no_dir_fd(dir_fd, "mkdir")
    _os.mkdir(_path_or_fd(path, "mkdir", False), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, "ASCII")
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _no_dir_fd(dir_fd, "rmdir")
    _os.rmdir(_path_or_fd(path, "rmdir", False))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(path, *, dir_fd=None):
    _no_dir_fd(dir_fd, "remove")
    _os.remove(_path_or_fd(path, "remove", False))


def unlink(path, *, dir_fd=None):
    _no_dir_fd(dir_fd, "unlink")
    _os.remove(_path_or_fd(path, "unlink", False))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _no_dir_fd(src_dir_fd or dst_dir_fd, "rename")
    _os.rename(_path_or_fd(src, "rename", False), _path_or_fd(dst, "rename", False))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _no_dir_fd(src_dir_fd or dst_dir_fd, "replace")
    _os.rename(_path_or_fd(src, "replace", False), _path_or_fd(dst, "replace", False))


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _no_dir_fd(dir_fd, "symlink")
    _os.symlink(_path_or_fd(src, "symlink", False), _path_or_fd(dst, "symlink", False))


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    _no_dir_fd(src_dir_fd or dst_dir_fd, "link")
    _os.link(_path_or_fd(src, "link", False), _path_or_fd(dst, "link", False))


def readlink(path, *, dir_fd=None):
    _no_dir_fd(dir_fd, "readlink")
    return _os.readlink(_path_or_fd(path, "readlink", False))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _no_dir_fd(dir_fd, "chmod")
    _os.chmod(_path_or_fd(path, "chmod", False), mode, follow_symlinks)


def lchmod(path, mode):
    raise NotImplementedError("os.lchmod is not available on Linux")


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    _no_dir_fd(dir_fd, "utime")
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        a, m = times
        pair = (int(round(a * 1e9)) if isinstance(a, float) else a * 1000000000,
                int(round(m * 1e9)) if isinstance(m, float) else m * 1000000000)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        pair = ns
    else:
        pair = None
    _os.utime(_path_or_fd(path, "utime", False), pair, follow_symlinks)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    _no_dir_fd(dir_fd, "access")
    return _os.access(_path_or_fd(path, "access", False), mode)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        cont = False
        with scandir_it:
            while True:
                try:
                    try:
                        entry = next(scandir_it)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    cont = True
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        walk_into = not is_symlink
                    if walk_into:
                        walk_dirs.append(entry.path)
        if cont:
            continue
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


# ---- processes -----------------------------------------------------------------------

getpid = _os.getpid


def getppid():
    return _os.ids()[0]


def getuid():
    return _os.ids()[1]


def geteuid():
    return _os.ids()[2]


def getgid():
    return _os.ids()[3]


def getegid():
    return _os.ids()[4]


def umask(mask):
    return _os.umask(mask)


def kill(pid, sig):
    _os.kill(pid, sig)


def _exit(n):
    _os._exit(n)


def urandom(size):
    return _os.urandom(size)


def strerror(code):
    return _os.strerror(code)


def cpu_count():
    return _os.cpu_count()


def process_cpu_count():
    return _os.cpu_count()


def uname():
    return uname_result(_os.uname())


def times():
    return times_result(_os.times())


def getloadavg():
    return _os.getloadavg()


def system(command):
    return _os.system(command)


def popen(cmd, mode="r", buffering=-1):
    raise NotImplementedError("os.popen needs subprocess, which Molt does not have yet")


def getlogin():
    try:
        return environ["LOGNAME"]
    except KeyError:
        raise OSError(6, "No such device or address") from None


def WIFEXITED(status):
    return (status & 0x7F) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xFF


def WIFSIGNALED(status):
    return ((status & 0x7F) + 1) >> 1 > 0 and (status & 0x7F) != 0x7F


def WTERMSIG(status):
    return status & 0x7F


def WIFSTOPPED(status):
    return (status & 0xFF) == 0x7F


def WSTOPSIG(status):
    return WEXITSTATUS(status)


def waitstatus_to_exitcode(status):
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError("invalid wait status: %d" % status)


# ---- file descriptors ----------------------------------------------------------------

def open(path, flags, mode=0o777, *, dir_fd=None):
    return _os.open(_path_or_fd(path, "open", False), flags, mode, dir_fd)


def read(fd, n):
    return _os.read(fd, n)


def write(fd, data):
    return _os.write(fd, data)


def close(fd):
    _os.close(fd)


def closerange(fd_low, fd_high):
    for fd in range(fd_low, fd_high):
        try:
            _os.close(fd)
        except OSError:
            pass


def lseek(fd, position, whence):
    return _os.lseek(fd, position, whence)


def pipe():
    return _os.pipe()


def dup(fd):
    return _os.dup(fd)


def dup2(fd, fd2, inheritable=True):
    return _os.dup2(fd, fd2)


def fsync(fd):
    if not isinstance(fd, int):
        fd = fd.fileno()
    _os.fsync(fd)


def ftruncate(fd, length):
    _os.ftruncate(fd, length)


def truncate(path, length):
    fd = open(path, O_WRONLY)
    try:
        _os.ftruncate(fd, length)
    finally:
        _os.close(fd)


def isatty(fd):
    return _os.isatty(fd)


def get_terminal_size(fd=1):
    return terminal_size(_os.get_terminal_size(fd))


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object on the open file descriptor fd (open(fd, ...))."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def get_inheritable(fd):
    return False


def set_inheritable(fd, inheritable):
    pass


# ---- the environment -----------------------------------------------------------------

class _Environ:
    """os.environ: a mapping of the process environment that writes through to it."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        _os.unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % kv for kv in self._data.items())

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def copy(self):
        return dict(self._data)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self._data:
            v = self._data[key]
            del self[key]
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        if not self._data:
            raise KeyError("popitem(): dictionary is empty")
        key = next(reversed(self._data))
        v = self._data[key]
        del self[key]
        return key, v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def update(self, other=(), **kw):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v


class _DeniedEnviron(_Environ):
    """os.environ when the embedding program switched environment access off: every use
    raises the PermissionError reading the environment gave."""

    def __init__(self, err):
        self._err_args = err.args

    @property
    def _data(self):
        raise PermissionError(*self._err_args)


try:
    environ = _Environ(dict(_os.environ()))
except PermissionError as _denied:
    environ = _DeniedEnviron(_denied)
    del _denied


class _EnvironB(_Environ):
    """os.environb: the environment with bytes keys and values."""

    def __init__(self):
        pass

    @property
    def _data(self):
        return {fsencode(k): fsencode(v) for k, v in environ.items()}

    def __getitem__(self, key):
        if not isinstance(key, bytes):
            raise TypeError("bytes expected, not %s" % type(key).__name__)
        return environ[fsdecode(key)].encode("utf-8", "surrogateescape")

    def __setitem__(self, key, value):
        if not isinstance(key, bytes):
            raise TypeError("bytes expected, not %s" % type(key).__name__)
        if not isinstance(value, bytes):
            raise TypeError("bytes expected, not %s" % type(value).__name__)
        environ[fsdecode(key)] = fsdecode(value)

    def __delitem__(self, key):
        if not isinstance(key, bytes):
            raise TypeError("bytes expected, not %s" % type(key).__name__)
        del environ[fsdecode(key)]

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % kv for kv in self._data.items())


environb = _EnvironB()


def getenv(key, default=None):
    return environ.get(key, default)


def getenvb(key, default=None):
    try:
        return environb[key]
    except KeyError:
        return default


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


import posixpath as path  # noqa: E402  (needs the names above)

sys.modules["os.path"] = path


def _register_abcs():
    import _collections_abc as cabc
    cabc.MutableMapping.register(_Environ)


_register_abcs()
