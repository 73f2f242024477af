# BufferedReader over a FileIO: read(n) / read() / read1 / peek on a small file, readline(limit),
# readlines(hint), readinto / readinto1, iteration, seek / tell, and the state after close.
import atexit
import io
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_buffered_read_%d' % os.getpid())


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


DATA = b'first line\nsecond line\r\nthird\rfourth\n\nlast, no newline'
with open(P, 'wb') as f:
    f.write(DATA)

f = open(P, 'rb')
print(type(f).__name__, type(f.raw).__name__, f.raw.mode)
print('read(5)', f.read(5))
print('tell', f.tell(), 'raw tell', f.raw.tell())  # the raw file is at the end: small file read in one go
print('peek', f.peek())
print('peek(3) starts with', f.peek(3)[:3])
print('tell after peek', f.tell())
print('read1(4)', f.read1(4))
print('read1()', f.read1())
print('read1 at eof', f.read1(), f.read1(5))
f.seek(0)
print('read1(-1)', f.read1(-1))
f.seek(0)
print('read()', f.read())
print('read() at eof', f.read(), f.read(10), f.peek())
f.seek(0)
print('read(None)', f.read(None))
f.seek(0)
print('read(0)', f.read(0))
print('read(-1)', f.read(-1))
attempt('read(-2)', lambda: f.read(-2))
attempt('read str', lambda: f.read('1'))

# readline with limits; only \n ends a line in binary mode
f.seek(0)
print('readline', f.readline())
print('readline(6)', f.readline(6))
print('readline(0)', f.readline(0))
print('readline(-1)', f.readline(-1))
print('readline', f.readline())
print('readline None', f.readline(None))
print('readline', f.readline())
print('readline at eof', f.readline(), f.readline(4))
f.seek(0)
print('readlines', f.readlines())
f.seek(0)
print('readlines(12)', f.readlines(12))
print('readlines(0) rest', f.readlines(0))
f.seek(0)
print('iter', [line for line in f])
f.seek(0)
print('next', next(f), next(f))
f.seek(0)
print('enumerate', list(enumerate(f))[-1])
try:
    next(f)
except StopIteration:
    print('StopIteration at end')

# readinto / readinto1
f.seek(3)
b = bytearray(8)
print('readinto', f.readinto(b), b)
print('tell', f.tell())
m = memoryview(bytearray(5))
print('readinto1', f.readinto1(m), bytes(m))
f.seek(-4, 2)
b = bytearray(10)
print('readinto short', f.readinto(b), bytes(b))
print('readinto eof', f.readinto(b))
attempt('readinto bytes', lambda: f.readinto(b'xx'))

# seek / tell
print('seek(0,2)', f.seek(0, 2), f.tell())
print('seek(-7,1)', f.seek(-7, 1), f.read(2))
print('seek(2)', f.seek(2), f.read(3))
print('seek(3,1)', f.seek(3, 1), f.read(4))
attempt('seek(-1)', lambda: f.seek(-1))
attempt('seek whence 5', lambda: f.seek(0, 5))
print('seek past end', f.seek(500), f.read(), f.tell())

# attributes
print('name', clean(f.name), 'mode', f.mode, 'closed', f.closed)
print('readable', f.readable(), 'writable', f.writable(), 'seekable', f.seekable())
print('isatty', f.isatty(), 'fileno ok', f.fileno() == f.raw.fileno())
attempt('write', lambda: f.write(b'x'))
attempt('truncate', lambda: f.truncate())
print('flush', f.flush())
f.close()
print('closed', f.closed, f.raw.closed, clean(repr(f)))
for name, call in [('read', lambda: f.read()), ('read1', lambda: f.read1(1)), ('peek', lambda: f.peek()),
                   ('readline', lambda: f.readline()), ('seek', lambda: f.seek(0)), ('tell', lambda: f.tell()),
                   ('readinto', lambda: f.readinto(bytearray(1))), ('fileno', lambda: f.fileno()),
                   ('flush', lambda: f.flush()), ('next', lambda: next(f)), ('readable', lambda: f.readable()),
                   ('name', lambda: clean(f.name)), ('mode', lambda: f.mode)]:
    attempt('closed ' + name, call)

# constructing a BufferedReader by hand
raw = io.FileIO(P)
br = io.BufferedReader(raw, buffer_size=4)
print('manual', br.raw is raw, br.read(6), br.peek(1)[:1], br.read())
br.close()
print('raw closed with it', raw.closed)
attempt('buffer_size 0', lambda: io.BufferedReader(io.FileIO(P), buffer_size=0))
attempt('on write-only raw', lambda: io.BufferedReader(io.FileIO(P, 'a')))
os.remove(P)
print('done')
