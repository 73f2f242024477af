# io.FileIO used directly: every mode ('r', 'w', 'a', 'x', '+', with and without 'b'),
# write counts, what each mode can do, and the name / mode / closefd attributes.
import atexit
import io
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_fileio_modes_%d' % os.getpid())


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


def caps(f):
    return (f.readable(), f.writable(), f.seekable())


if os.path.exists(P):
    os.remove(P)

# 'w' creates and truncates
f = io.FileIO(P, 'w')
print('w', f.mode, caps(f), f.closefd, f.name == P, f.closed)
print('write', f.write(b'hello world\n'))
print('write empty', f.write(b''))
print('write bytearray', f.write(bytearray(b'abc')))
print('write memoryview', f.write(memoryview(b'defgh')[1:4]))
print('tell', f.tell())
attempt('read on w', lambda: f.read())
attempt('readall on w', lambda: f.readall())
f.close()
print('closed', f.closed)
with open(P, 'rb') as g:
    print('content', g.read())

# 'wb' is the same mode
f = io.FileIO(P, 'wb')
print('wb', f.mode, caps(f))
f.write(b'0123456789')
f.close()

# 'r' reads only
f = io.FileIO(P)
print('default', f.mode, caps(f))
print('read', f.read())
attempt('write on r', lambda: f.write(b'x'))
attempt('truncate on r', lambda: f.truncate(0))
f.close()
f = io.FileIO(P, 'rb')
print('rb', f.mode, caps(f))
f.close()

# 'a' appends; the position starts at the end
f = io.FileIO(P, 'a')
print('a', f.mode, caps(f), f.tell())
print('write', f.write(b'ABC'))
print('tell', f.tell())
f.seek(0)
print('write after seek(0)', f.write(b'DEF'))
print('tell', f.tell())
f.close()
with open(P, 'rb') as g:
    print('content', g.read())

# 'x' fails if the file exists, creates otherwise
attempt('x existing', lambda: io.FileIO(P, 'x'))
os.remove(P)
f = io.FileIO(P, 'x')
print('x', f.mode, caps(f))
f.write(b'new')
f.close()
attempt('xb existing', lambda: io.FileIO(P, 'xb'))

# '+' modes
f = io.FileIO(P, 'r+')
print('r+', f.mode, caps(f), f.tell())
print('read', f.read(1))
print('write', f.write(b'E'))
f.seek(0)
print('read back', f.read())
f.close()

f = io.FileIO(P, 'w+')
print('w+', f.mode, caps(f), f.read())
f.write(b'abcdef')
f.seek(2)
print('read', f.read(2))
f.close()

f = io.FileIO(P, 'a+')
print('a+', f.mode, caps(f), f.tell())
f.seek(0)
print('read', f.read())
f.write(b'XYZ')
f.seek(0)
print('read all', f.read())
f.close()

os.remove(P)
f = io.FileIO(P, 'x+')
print('x+', f.mode, caps(f))
f.close()

for m in ['rb+', 'r+b', '+r', 'br']:
    attempt('mode ' + m, lambda: io.FileIO(P, m).mode)

os.remove(P)
print('exists after cleanup', os.path.exists(P))
