# Files that are dropped without close(): pending data is flushed and the descriptor closed when
# the last reference goes (del, rebinding, end of a function, gc of a cycle); closefd=False leaves
# the descriptor open; `with` closes every layer, also when the block raises.
import atexit
import errno
import gc
import io
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_finalisation_%d' % os.getpid())


def _cleanup():
    # also runs when the program fails half way
    for path in [P, P + '.2']:
        if os.path.isdir(path):
            os.rmdir(path)
        elif os.path.exists(path):
            os.remove(path)


atexit.register(_cleanup)


def disk():
    with open(P, 'rb') as f:
        return f.read()


def fd_open(fd):
    try:
        os.fstat(fd)
        return True
    except OSError as e:
        return errno.errorcode[e.errno]


# text writer dropped with del
f = open(P, 'w', encoding='utf-8')
f.write('text written, never closed')
fd = f.fileno()
del f
print('text del', disk(), fd_open(fd))

# binary buffered writer dropped
f = open(P, 'wb')
f.write(b'binary written, never closed')
fd = f.fileno()
del f
print('binary del', disk(), fd_open(fd))

# BufferedRandom dropped
f = open(P, 'r+b')
f.seek(0, 2)
f.write(b' +random')
del f
print('random del', disk())

# raw FileIO dropped: the descriptor is closed
f = io.FileIO(P, 'r')
fd = f.fileno()
del f
print('FileIO del', fd_open(fd))

# rebinding the only reference
f = open(P, 'w', encoding='utf-8')
f.write('first object')
f = open(P + '.2', 'w', encoding='utf-8')
print('rebinding', disk())
f.close()
os.remove(P + '.2')


# going out of scope at function return
def write_in_function():
    g = open(P, 'a', encoding='utf-8')
    g.write(' + from function')
    return g.fileno()


fd = write_in_function()
print('function scope', disk(), fd_open(fd))

# a raw file kept alive by a reference cycle is closed by the cycle collector (only a raw
# FileIO here: when a buffered or text layer and its FileIO die in the same collection, CPython
# may finalise the FileIO first and lose the buffered data)
class Holder:
    pass


h = Holder()
h.self = h
h.f = io.FileIO(P, 'w')
h.f.write(b'in a cycle')
fd = h.f.fileno()
del h
gc.collect()
print('cycle collected', disk(), fd_open(fd))

# a TextIOWrapper dropped closes (and flushes) the buffer it wraps, even if that is still referenced
b = open(P, 'wb')
t = io.TextIOWrapper(b, encoding='utf-8')
t.write('through wrapper')
del t
print('wrapper del', b.closed, disk())

# ... unless the buffer was detached first
b = open(P, 'wb')
t = io.TextIOWrapper(b, encoding='utf-8')
t.write('detached ')
t.detach()
del t
print('detached wrapper del', b.closed)
b.write(b'still usable')
b.close()
print('after detach', disk())

# closefd=False: dropping the object flushes but leaves the descriptor open
fd = os.open(P, os.O_WRONLY | os.O_TRUNC)
f = open(fd, 'w', encoding='utf-8', closefd=False)
f.write('closefd false')
del f
print('closefd=False del', disk(), fd_open(fd))
os.close(fd)

# with blocks on every layer
for label, make in [('FileIO', lambda: io.FileIO(P, 'w')),
                    ('BufferedWriter', lambda: open(P, 'wb')),
                    ('BufferedRandom', lambda: open(P, 'w+b')),
                    ('TextIOWrapper', lambda: open(P, 'w', encoding='utf-8'))]:
    with make() as f:
        entered = f
        f.write(b'w' if 'Text' not in label else 'w')
    print('with', label, type(entered).__name__, f.closed, disk())
with open(P, 'rb') as f:
    print('with BufferedReader', f.read(), end=' ')
print(f.closed)
with open(P, encoding='utf-8') as f:
    raw = f.buffer.raw
print('with text closes raw', f.closed, raw.closed)

# an exception inside with still closes and flushes, and propagates
try:
    with open(P, 'w', encoding='utf-8') as f:
        f.write('before error')
        raise KeyError('boom')
except KeyError as e:
    print('with raised', repr(e), f.closed, disk())

# __exit__ return value, enter on a closed file
f = open(P, 'rb')
print('__exit__ returns', f.__exit__(None, None, None))
try:
    with f:
        pass
except ValueError as e:
    print('with closed file', type(e).__name__, e)

# explicit close() is idempotent at every layer; flush after close raises
f = open(P, 'w', encoding='utf-8')
f.close()
f.close()
f.buffer.close()
f.buffer.raw.close()
try:
    f.flush()
except ValueError as e:
    print('flush after close', e)
os.remove(P)
print('done')
