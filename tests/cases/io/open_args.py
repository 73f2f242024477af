# open() arguments: buffering=0 / 1 / N, line_buffering and write_through, closefd,
# open(fd), os.fdopen(fd, mode), opener=, and the errors for invalid combinations.
import atexit
import io
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_open_args_%d' % os.getpid())


def _cleanup():
    # also runs when the program fails half way
    for path in [P]:
        if os.path.isdir(path):
            os.rmdir(path)
        elif os.path.exists(path):
            os.remove(path)


atexit.register(_cleanup)


def clean(s):
    return str(s).replace(P, 'PATH')


def attempt(label, fn):
    try:
        print(label, clean(repr(fn())))
    except Exception as e:
        print(label, type(e).__name__, clean(e))


def on_disk():
    with open(P, 'rb') as g:
        return g.read()


with open(P, 'wb') as f:
    f.write(b'seed')

# buffering=0 gives the raw FileIO itself
for mode in ['rb', 'wb', 'ab', 'r+b', 'w+b', 'a+b']:
    f = open(P, mode, buffering=0)
    print('buffering=0', mode, type(f).__name__, f.mode, clean(repr(f)))
    f.close()
f = open(P, 'wb', buffering=0)
f.write(b'unbuffered')
print('visible at once', on_disk())
f.close()
attempt('text buffering=0', lambda: open(P, 'w', buffering=0))
attempt('text buffering=0 read', lambda: open(P, 'r', buffering=0))

# buffering=1: line buffering in text mode
f = open(P, 'w', buffering=1, encoding='utf-8')
print('buffering=1', type(f.buffer).__name__, f.line_buffering, f.write_through)
f.write('partial')
print('before newline', on_disk())
f.write(' line\nnext')
print('after newline', on_disk())
f.write('\r')
print('after CR', on_disk())
f.close()
print('after close', on_disk())

# buffering=1 in binary mode warns and uses the default buffer size
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    f = open(P, 'wb', buffering=1)
    print('binary buffering=1', type(f).__name__, [(x.category.__name__, str(x.message)) for x in w])
    f.write(b'a\n')
    print('binary line not flushed', on_disk())
    f.close()

# buffering=N
f = open(P, 'wb', buffering=16)
print('buffering=16', type(f).__name__)
f.write(b'0123456789')
print('under 16 buffered', on_disk())
f.write(b'abcdefghij')
print('over 16 flushed', on_disk())
f.close()
f = open(P, 'w', buffering=4096, encoding='utf-8')
print('text buffering=4096', type(f.buffer).__name__, f.line_buffering)
f.close()
attempt('buffering=-2', lambda: type(open(P, 'rb', buffering=-2)).__name__)
attempt('buffering str', lambda: open(P, 'rb', buffering='1'))
attempt('buffering float', lambda: open(P, 'rb', buffering=1.0))

# write_through: text written goes to the buffered layer at once
f = open(P, 'w', encoding='utf-8')
f.reconfigure(write_through=True)
print('write_through', f.write_through)
f.write('through')
print('buffer sees it', on_disk())  # still in the BufferedWriter
f.buffer.flush()
print('after buffer flush', on_disk())
f.close()

# invalid mode / argument combinations
for args, kw in [
    (('rw',), {}), (('rr',), {}), (('',), {}), (('q',), {}), (('rbt',), {}), (('U',), {}),
    (('rU',), {}), (('wx',), {}), (('r++',), {}), (('b',), {}), (('t',), {}), (('+',), {}),
    (('rb',), {'encoding': 'utf-8'}), (('rb',), {'errors': 'strict'}), (('rb',), {'newline': '\n'}),
    (('r',), {'newline': 'x'}), (('r',), {'newline': 5}), (('r',), {'encoding': 'no-such-codec'}),
    (('r',), {'encoding': 5}), ((5,), {}), (('r', -1, None, None, None, True, None, 'extra'), {}),
]:
    attempt('open%r %r' % (args, kw), lambda: open(P, *args, **kw))
attempt('open None', lambda: open(None))
attempt('open float', lambda: open(1.5))

# closefd
attempt('closefd=False with name', lambda: open(P, closefd=False))
fd = os.open(P, os.O_RDONLY)
f = open(fd, 'rb', closefd=False)
print('open(fd) closefd=False', type(f).__name__, f.name == fd, f.raw.closefd, f.read())
f.close()
print('fd still usable', os.lseek(fd, 0, 0), os.read(fd, 4))
f = open(fd, encoding='utf-8')
r = repr(f)
print('open(fd) text repr', r.startswith('<_io.TextIOWrapper name=%d ' % fd), r.split(' mode=')[1])
print('open(fd) text', f.mode, f.buffer.raw.closefd, f.read())
f.close()
attempt('fd closed with file', lambda: os.fstat(fd))

# os.fdopen
fd = os.open(P, os.O_RDWR)
f = os.fdopen(fd, 'r+', encoding='utf-8')
print('fdopen r+', type(f).__name__, type(f.buffer).__name__, f.mode, f.name == fd)
print('read', f.read())
f.write(' appended')
f.close()
print('on disk', on_disk())
attempt('fdopen closed fd', lambda: os.fdopen(fd))
fd = os.open(P, os.O_RDONLY)
f = os.fdopen(fd, 'rb')
print('fdopen rb', type(f).__name__, f.read(4))
f.close()
fd = os.open(P, os.O_RDONLY)
f = os.fdopen(fd, 'rb', 0)
print('fdopen rb 0', type(f).__name__, f.read(4))
f.close()
fd = os.open(P, os.O_RDONLY)
f = os.fdopen(fd)
print('fdopen default', type(f).__name__, f.mode, f.read(3))
f.close()
attempt('fdopen bad type', lambda: os.fdopen('x'))

# opener
seen = []


def opener(path, flags):
    seen.append(path == P)
    return os.open(path, flags, 0o644)


os.remove(P)
with open(P, 'w', opener=opener, encoding='utf-8') as f:
    f.write('via opener\n')
with open(P, opener=lambda path, flags: os.open(path, flags, 0o644), encoding='utf-8') as f:
    print('opener read', repr(f.read()), clean(repr(f.name)))
print('opener called', seen)
dirfd = os.open(tempfile.gettempdir(), os.O_RDONLY)
with open(os.path.basename(P), 'rb', opener=lambda path, flags: os.open(path, flags, dir_fd=dirfd)) as f:
    print('opener dir_fd', f.read())
os.close(dirfd)
os.remove(P)
print('done')
