# io.FileIO operations: read(n) / read() / readall / readinto, seek / tell / truncate,
# fileno, isatty, reprs while open and after close, iteration and readline (from RawIOBase).
import atexit
import io
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_fileio_ops_%d' % os.getpid())


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


with io.FileIO(P, 'w') as f:
    print('with returns self', f.__enter__() is f)
    f.write(b'line one\nline two\n\nlast line without newline')

f = io.FileIO(P, 'r')
print('repr', clean(repr(f)))
print('fileno >= 3', f.fileno() >= 3, type(f.fileno()).__name__)
print('isatty', f.isatty())
print('read(4)', f.read(4))
print('read(0)', f.read(0))
print('tell', f.tell())
print('read(-1)', f.read(-1))
print('read at eof', f.read(), f.read(5))
print('seek(0)', f.seek(0))
print('readall', f.readall())
print('seek(5)', f.seek(5))
print('read(None)', f.read(None))
print('seek(-4, 2)', f.seek(-4, 2))
print('read', f.read())
print('seek(0, 2)', f.seek(0, 2))
print('seek(-5, 1)', f.seek(-5, 1))
print('read(3)', f.read(3))
print('seek past end', f.seek(1000), f.read())
print('seek(0, io.SEEK_SET)', f.seek(0, io.SEEK_SET))
attempt('seek negative', lambda: f.seek(-1))
attempt('seek bad whence', lambda: f.seek(0, 7))
attempt('seek float', lambda: f.seek(1.5))
print('tell', f.tell())

buf = bytearray(6)
print('readinto', f.readinto(buf), buf)
mv = memoryview(bytearray(4))
print('readinto memoryview', f.readinto(mv), bytes(mv))
f.seek(-3, 2)
buf = bytearray(10)
print('readinto short', f.readinto(buf), buf)
print('readinto at eof', f.readinto(buf))
attempt('readinto bytes', lambda: f.readinto(b'immutable'))

f.seek(0)
print('readline', f.readline())
print('readline(3)', f.readline(3))
print('readlines', f.readlines())
f.seek(0)
print('iterate', list(f))
f.seek(0)
print('readlines(10)', f.readlines(10))
f.close()
print('closed repr', repr(f))
print('closed', f.closed)

# truncate
f = io.FileIO(P, 'r+')
print('truncate(10)', f.truncate(10), 'tell', f.tell())
print('read', f.read())
print('truncate()', f.truncate(), 'tell', f.tell())
f.seek(4)
print('truncate() at 4', f.truncate(), 'tell', f.tell())
f.seek(0)
print('read', f.read())
print('truncate(8) extends', f.truncate(8))
f.seek(0)
print('read', f.read())
print('size', os.path.getsize(P))
f.close()

# writelines and partial memoryview write
f = io.FileIO(P, 'w')
f.writelines([b'a', bytearray(b'b'), memoryview(b'cd')])
attempt('write str', lambda: f.write('text'))
attempt('write int', lambda: f.write(5))
f.close()
with open(P, 'rb') as g:
    print('writelines', g.read())

# the name attribute keeps what was passed; bytes paths too
f = io.FileIO(os.fsencode(P), 'r')
print('bytes name', f.name == os.fsencode(P), type(f.name).__name__)
print('bytes repr', clean(repr(f)).replace("b'PATH'", 'BYTESPATH'))
f.close()

# the name attribute can be replaced
f = io.FileIO(P, 'r')
f.name = 'renamed'
print('renamed repr', repr(f))
del f.name
r = repr(f)
print('no name repr', r.split(' fd=')[0], 'fd=%d' % f.fileno() in r, r.split(' mode=')[1])
f.close()
os.remove(P)
