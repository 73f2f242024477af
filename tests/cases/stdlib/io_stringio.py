# io.StringIO: reading, writing, newline modes, positioning, errors.
import io


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


# basic building and reading
s = io.StringIO()
for i in range(5):
    s.write('line %d\n' % i)
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(4)), s.tell(), repr(s.readline()), repr(s.readline(3)), repr(s.readline(0)))
print(s.readlines())
s.seek(0)
print(s.readlines(10))
s.seek(0)
print(list(s))
s.seek(0)
print([l for l in s if '3' in l])
print(repr(s.read()), repr(s.read(5)), repr(s.readline()))

# initial value and positions
s = io.StringIO('hello world')
print(s.tell(), repr(s.read(5)), s.tell(), s.seek(0, 2), s.seek(0, 1), s.seek(3), repr(s.read()))
s.seek(2)
print(s.write('XY'), repr(s.getvalue()), s.tell(), repr(s.read()))
s.seek(20)
print(repr(s.read()), s.tell(), s.write('!'), repr(s.getvalue()))
s = io.StringIO('abc')
s.seek(10)
print(s.write(''), repr(s.getvalue()))
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO().read()))
print(repr(io.StringIO('x', None).getvalue()), repr(io.StringIO(initial_value='q', newline='').read()))

# overwrite in the middle, past the end
s = io.StringIO()
s.write('0123456789')
s.seek(8)
s.write('abcd')
s.seek(2)
s.write('--')
print(repr(s.getvalue()), s.tell())

# truncate
s = io.StringIO('abcdef')
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.seek(1)
print(s.truncate(), s.tell(), repr(s.getvalue()))
s.seek(5)
print(s.truncate(), repr(s.getvalue()), s.tell(), s.write('z'), repr(s.getvalue()))
print(s.truncate(100), repr(s.getvalue()))
print(s.truncate(0), repr(s.getvalue()), s.tell())

# read sizes
s = io.StringIO('abcdef')
print(repr(s.read(-1)), s.seek(0), repr(s.read(None)), s.seek(0), repr(s.read(-7)))
s.seek(0)
print(repr(s.read(0)), repr(s.read(2)), repr(s.read(True)))
print(repr(s.readline(-1)))

# newline modes
text = 'a\r\nb\rc\nd\r'
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines), s.tell())
    s = io.StringIO(newline=nl)
    print(' ', s.write('x\r'), s.write('\ny\r\n'), s.write('z\n'), repr(s.getvalue()), repr(s.newlines), s.tell())
    s.seek(0)
    print(' ', list(s))
    s.seek(0)
    print(' ', [s.readline(2) for _ in range(6)])

s = io.StringIO(newline=None)
print(repr(s.newlines))
s.write('a\n')
print(repr(s.newlines))
s.write('b\r')
print(repr(s.newlines))
s.write('c\r\n')
print(repr(s.newlines))
s = io.StringIO(newline='')
s.write('a\r\n')
print(repr(s.newlines))
s.write('\r')
print(repr(s.newlines))

# attributes
s = io.StringIO()
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering,
      s.encoding, s.errors, repr(s.newlines), s.flush())

# writelines, context manager
s = io.StringIO()
s.writelines(['a', 'b', 'c\n'])
s.writelines(x for x in 'de')
print(repr(s.getvalue()))
with io.StringIO('ctx') as f:
    print(f.read(), f.closed)
print(f.closed)

# errors
attempt('bytes init', io.StringIO, b'x')
attempt('int init', io.StringIO, 5)
attempt('bad newline', io.StringIO, '', 'x')
attempt('int newline', io.StringIO, '', 3)
attempt('both bad', io.StringIO, b'x', 3)
s = io.StringIO('abc')
attempt('write int', s.write, 3)
attempt('write bytes', s.write, b'x')
attempt('writelines', s.writelines, ['a', 1])
attempt('seek -1', s.seek, -1)
attempt('seek cur', s.seek, 1, 1)
attempt('seek end', s.seek, -1, 2)
attempt('seek whence', s.seek, 0, 3)
attempt('seek whence neg', s.seek, -1, 3)
attempt('seek str', s.seek, 'a')
attempt('seek float', s.seek, 1.5)
attempt('read str', s.read, 'x')
attempt('read float', s.read, 2.0)
attempt('readline str', s.readline, 'x')
attempt('truncate neg', s.truncate, -1)
attempt('truncate str', s.truncate, 'a')
attempt('readlines str', s.readlines, 'a')
attempt('detach', s.detach)
attempt('fileno', s.fileno)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

# closed
s.close()
s.close()
print(s.closed)
for name, args in [('read', ()), ('readline', ()), ('write', ('x',)), ('getvalue', ()),
                   ('tell', ()), ('seek', (0,)), ('truncate', ()), ('readable', ()),
                   ('writable', ()), ('seekable', ()), ('isatty', ()), ('readlines', ()),
                   ('writelines', (['a'],)), ('__iter__', ()), ('__next__', ()),
                   ('__enter__', ()), ('flush', ())]:
    attempt(name, getattr(s, name), *args)
attempt('line_buffering', lambda: s.line_buffering)
attempt('newlines', lambda: s.newlines)
print(s.encoding, s.errors)

# subclassing
class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

u = Upper()
print(u.write('abc'), file=u)
print(repr(u.getvalue()))
u.seek(0)
print(list(u))
u.extra = 1
print(u.extra, isinstance(u, io.StringIO), isinstance(u, io.TextIOBase), isinstance(u, io.IOBase))

class Lines(io.StringIO):
    def readline(self, size=-1):
        line = super().readline(size)
        return line.strip() + '|' if line else line

print(list(Lines('a\nb\n')))

# print() and str-subclass writes
s = io.StringIO()
print('x', 1, 2.5, sep='-', end='!\n', file=s)
print(file=s)
class MyStr(str):
    pass
s.write(MyStr('sub'))
print(repr(s.getvalue()), type(s.getvalue()).__name__)

# many writes then one getvalue
s = io.StringIO()
for i in range(20000):
    s.write(str(i % 10))
v = s.getvalue()
print(len(v), v[:12], v[-3:], s.tell())
s.seek(0)
print(len(s.read()), s.tell())
s = io.StringIO()
parts = []
for i in range(3000):
    s.write('%d,' % i)
    if i % 1000 == 0:
        parts.append(len(s.getvalue()))
print(parts, len(s.getvalue()))

# non-ASCII
s = io.StringIO('héllo wörld €uro 🐍!')
print(repr(s.read(7)), s.tell(), repr(s.read()), s.tell())
s.seek(17)
print(repr(s.read(1)))
print(type(s).__name__, io.StringIO.__name__)

# copying, capturing output, use by other modules
import copy
import json
import sys
import contextlib

s = io.StringIO('abc\ndef', newline=None)
s.read(2)
s.extra = 5
for c in (copy.copy(s), copy.deepcopy(s)):
    print(repr(c.getvalue()), c.tell(), c.extra, repr(c.read()))
print(s.__getstate__(), io.StringIO('q').__getstate__())
old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print('captured', 1, [2])
sys.stdout = old
print(repr(buf.getvalue()))
f = io.StringIO()
with contextlib.redirect_stdout(f):
    print('redirected')
print(repr(f.getvalue()))
s = io.StringIO()
json.dump({'a': [1, 2], 'b': 'x'}, s)
s.seek(0)
print(s.getvalue(), json.load(s))
