# io.FileIO errors and descriptors: operations on a closed FileIO, invalid modes and
# arguments, missing files and directories, FileIO(fd) with closefd True/False, opener=.
import atexit
import errno
import io
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_fileio_errors_%d' % os.getpid())
D = P + '_dir'


def _cleanup():
    # also runs when the program fails half way
    for path in [P, P + '_dir']:
        if os.path.isdir(path):
            os.rmdir(path)
        elif os.path.exists(path):
            os.remove(path)


atexit.register(_cleanup)


def clean(s):
    return str(s).replace(D, 'DIR').replace(P, 'PATH')


def attempt(label, fn):
    try:
        print(label, clean(repr(fn())))
    except Exception as e:
        print(label, type(e).__name__, clean(e))


with io.FileIO(P, 'w') as f:
    f.write(b'0123456789')

# operations on a closed file
f = io.FileIO(P, 'r+')
f.close()
f.close()  # closing twice is fine
for name, call in [
    ('read', lambda: f.read()),
    ('read(1)', lambda: f.read(1)),
    ('readall', lambda: f.readall()),
    ('readinto', lambda: f.readinto(bytearray(3))),
    ('readline', lambda: f.readline()),
    ('readlines', lambda: f.readlines()),
    ('write', lambda: f.write(b'x')),
    ('writelines', lambda: f.writelines([b'x'])),
    ('seek', lambda: f.seek(0)),
    ('tell', lambda: f.tell()),
    ('truncate', lambda: f.truncate()),
    ('fileno', lambda: f.fileno()),
    ('isatty', lambda: f.isatty()),
    ('readable', lambda: f.readable()),
    ('writable', lambda: f.writable()),
    ('seekable', lambda: f.seekable()),
    ('flush', lambda: f.flush()),
    ('iter', lambda: iter(f)),
    ('next', lambda: next(f)),
    ('enter', lambda: f.__enter__()),
    ('mode', lambda: f.mode),
    ('closefd', lambda: f.closefd),
]:
    attempt('closed ' + name, call)

# invalid modes and arguments
for mode in ['', 'rw', 'rr', 'q', 'rt', 'wa', 'r++', 'U', 'rU', 'bb', 'b', '+']:
    attempt('mode %r' % mode, lambda: io.FileIO(P, mode))
attempt('mode int', lambda: io.FileIO(P, 1))
attempt('name None', lambda: io.FileIO(None))
attempt('name float', lambda: io.FileIO(1.5))
attempt('name with NUL', lambda: io.FileIO('a\0b'))
attempt('negative fd', lambda: io.FileIO(-1))
attempt('closefd False with name', lambda: io.FileIO(P, closefd=False))

# missing files, directories
attempt('missing', lambda: io.FileIO(P + '_missing'))
e = None
try:
    io.FileIO(P + '_missing')
except OSError as exc:
    e = exc
print('missing attrs', type(e).__name__, e.errno == errno.ENOENT, e.strerror, clean(e.filename))
os.mkdir(D)
attempt('directory r', lambda: io.FileIO(D))
attempt('directory w', lambda: io.FileIO(D, 'w'))
attempt('missing parent', lambda: io.FileIO(os.path.join(D, 'no', 'file'), 'w'))
os.rmdir(D)

# FileIO over an existing descriptor
fd = os.open(P, os.O_RDONLY)
f = io.FileIO(fd, closefd=False)
print('fd name is fd', f.name == fd, f.mode, f.closefd, f.fileno() == fd)
r = repr(f)
print('fd repr', r.startswith('<_io.FileIO name=%d ' % fd), r.split(' mode=')[1])
print('read', f.read(4))
f.close()
print('fd still open', os.read(fd, 3))
f = io.FileIO(fd, 'r')
print('closefd default', f.closefd, f.read(2))
f.close()
attempt('fd closed by FileIO', lambda: os.read(fd, 1))
attempt('FileIO on closed fd', lambda: io.FileIO(fd))

fd = os.open(P, os.O_RDWR)
f = io.FileIO(fd, 'r+', closefd=True)
print('r+ on fd', f.mode, f.read(3))
f.write(b'!')
f.close()
attempt('closed fd', lambda: os.fstat(fd))

# mode must match the descriptor's access mode for the operation to work
fd = os.open(P, os.O_RDONLY)
f = io.FileIO(fd, 'w', closefd=False)
print('w on read-only fd', f.mode, f.writable())
attempt('write on read-only fd', lambda: f.write(b'zz'))
f.close()
os.close(fd)

# opener
calls = []


def opener(path, flags):
    calls.append((path == P, flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND | os.O_EXCL)))
    return os.open(path, flags, 0o644)


for mode in ['r', 'w', 'a', 'x', 'r+', 'w+', 'a+']:
    if mode == 'x':
        os.remove(P)
    f = io.FileIO(P, mode, opener=opener)
    print('opener', mode, f.mode, f.closefd)
    f.close()
for (same, flags) in calls:
    names = [n for n in ['O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_TRUNC', 'O_APPEND', 'O_EXCL'] if flags & getattr(os, n)]
    print('opener flags', same, names)
attempt('opener returns -1', lambda: io.FileIO(P, opener=lambda p, fl: -1))
attempt('opener returns str', lambda: io.FileIO(P, opener=lambda p, fl: 'x'))
attempt('opener raises', lambda: io.FileIO(P, opener=lambda p, fl: 1 / 0))
os.remove(P)
print('done')
