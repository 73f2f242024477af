# io's class hierarchy, the native file types, IOBase mixins, raw streams and buffering.
import io


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.open is open, io.BlockingIOError is BlockingIOError)
print(io.UnsupportedOperation.__name__, issubclass(io.UnsupportedOperation, OSError),
      issubclass(io.UnsupportedOperation, ValueError))
print(sorted(io.__all__))
print(type(io.IOBase).__name__, io.TextIOBase.__mro__[0].__name__)
print([c.__name__ for c in io.RawIOBase.__mro__])
print([c.__name__ for c in io.TextIOBase.__mro__])
print([c.__name__ for c in io.StringIO.__mro__])
print([c.__name__ for c in io.BytesIO.__mro__])
print([c.__name__ for c in io.BufferedReader.__mro__])
print(io.StringIO.__module__, io.BytesIO.__module__, io.IOBase.__module__)

# the objects open() returns
files = [open('/dev/null'), open('/dev/null', 'rb'), open('/dev/null', 'wb'),
         open('/dev/null', 'r+b')]
for f in files:
    print([isinstance(f, c) for c in (io.IOBase, io.RawIOBase, io.BufferedIOBase,
                                      io.TextIOBase, io.TextIOWrapper, io.BufferedReader,
                                      io.BufferedWriter, io.BufferedRandom)])
    f.close()
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
      issubclass(io.StringIO, io.BufferedIOBase), issubclass(io.TextIOWrapper, io.IOBase),
      issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedRandom, io.BufferedIOBase))
try:
    open('/dev/null', 'rb').write(b'x')
except io.UnsupportedOperation as e:
    print('caught UnsupportedOperation', type(e).__name__)
try:
    open('/dev/null', 'wb').read()
except OSError as e:
    print('caught as OSError', type(e) is io.UnsupportedOperation)

# IOBase defaults
class Nothing(io.IOBase):
    pass

n = Nothing()
for name, args in [('seek', (0,)), ('tell', ()), ('truncate', ()), ('fileno', ()),
                   ('flush', ()), ('isatty', ()), ('readable', ()), ('writable', ()),
                   ('seekable', ())]:
    attempt(name, getattr(n, name), *args)
print(n.closed)
with n as same:
    print(same is n, n.closed)
print(n.closed)
for name, args in [('flush', ()), ('isatty', ()), ('readlines', ()),
                   ('writelines', (['a'],)), ('__iter__', ()), ('__enter__', ()),
                   ('readable', ())]:
    attempt(name, getattr(n, name), *args)
n.close()

# RawIOBase built on readinto
class Raw(io.RawIOBase):
    def __init__(self, data=b''):
        self.data = bytearray(data)
        self.pos = 0
        self.calls = 0
    def readable(self):
        return True
    def writable(self):
        return True
    def seekable(self):
        return True
    def readinto(self, b):
        self.calls += 1
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
    def write(self, b):
        b = bytes(b)
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        return len(b)
    def seek(self, pos, whence=0):
        self.pos = [pos, self.pos + pos, len(self.data) + pos][whence]
        return self.pos
    def tell(self):
        return self.pos

r = Raw(b'hello\nworld\nxyz')
print(r.read(5), r.readline(), r.readall(), r.read(), r.read(0))
r = Raw(b'hello\nworld\nxyz')
print(list(r), Raw(b'a\nb\nc\n').readlines(3), Raw(b'ab\ncd').readline(1))
print(isinstance(r, io.RawIOBase), isinstance(r, io.IOBase), isinstance(r, io.BufferedIOBase))

class Bare(io.RawIOBase):
    pass

b = Bare()
for name, args in [('read', ()), ('read', (2,)), ('readall', ()), ('readinto', (bytearray(2),)),
                   ('write', (b'x',))]:
    attempt(name, getattr(b, name), *args)

class BareBuffered(io.BufferedIOBase):
    pass

b = BareBuffered()
for name, args in [('read', ()), ('read1', ()), ('readinto', (bytearray(2),)),
                   ('readinto1', (bytearray(2),)), ('write', (b'x',)), ('detach', ())]:
    attempt(name, getattr(b, name), *args)

class BareText(io.TextIOBase):
    pass

t = BareText()
for name, args in [('read', ()), ('readline', ()), ('write', ('x',)), ('detach', ())]:
    attempt(name, getattr(t, name), *args)
print(t.encoding, t.newlines, t.errors)

class Echo(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
    def read(self, n=-1):
        piece, self.data = self.data[:n], self.data[n:]
        return piece

ba = bytearray(4)
e = Echo(b'abcdefg')
print(e.readinto(ba), ba, e.readinto(memoryview(ba)), ba, e.readinto(ba), ba)

# a text stream class built on TextIOBase
class Collect(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, s):
        self.parts.append(s)
        return len(s)

c = Collect()
print('to', 'collector', file=c)
c.writelines(['x', 'y'])
print(c.parts, isinstance(c, io.TextIOBase), c.writable(), c.readable())

# BufferedReader over a raw stream
br = io.BufferedReader(Raw(b'abc\ndefghijklmnop'), 4)
print(br.peek()[:4], br.read1(2), br.read(3), br.readline(), br.tell(), br.read(), br.read())
br = io.BufferedReader(Raw(b'line1\nline2\nline3'), 5)
print(list(br), br.closed, br.readable(), br.seekable(), br.writable())
br.seek(2)
print(br.read(3), br.tell(), br.seek(-2, 1), br.read(2), br.seek(-3, 2), br.read())
ba = bytearray(4)
br.seek(0)
print(br.readinto(ba), bytes(ba))
br = io.BufferedReader(Raw(b'xyz'))
print(br.raw.__class__.__name__, br.read(-1), br.read(5))
attempt('read -2', br.read, -2)
br.close()
print(br.closed, br.raw.closed)
attempt('read closed', br.read)
attempt('peek closed', br.peek)
attempt('readline closed', br.readline)
attempt('not readable', io.BufferedReader, Bare())
attempt('size 0', io.BufferedReader, Raw(), 0)
br = io.BufferedReader(Raw(b'abc'))
raw = br.detach()
print(raw.__class__.__name__, br.raw)
attempt('after detach', br.read)

# BufferedWriter over a raw stream
r = Raw()
w = io.BufferedWriter(r, 4)
print(w.write(b'ab'), bytes(r.data), w.write(b'cde'), bytes(r.data), w.tell())
print(w.write(b'0123456789'), bytes(r.data), w.tell())
w.flush()
print(bytes(r.data), w.tell(), w.writable(), w.readable())
print(w.seek(1), w.write(b'Z'), bytes(r.data), end=' ')
w.flush()
print(bytes(r.data))
attempt('write str', w.write, 'text')
w.close()
print(w.closed)
attempt('write closed', w.write, b'x')
attempt('flush closed', w.flush)

# BufferedRandom
r = Raw(b'0123456789')
rnd = io.BufferedRandom(r, 4)
print(rnd.read(2), rnd.tell(), rnd.write(b'XY'), rnd.tell(), rnd.read(2), rnd.tell())
rnd.flush()
print(bytes(r.data), rnd.seek(0), rnd.read(), rnd.seek(-3, 2), rnd.read())
rnd.seek(0, 2)
rnd.write(b'!')
rnd.seek(0)
print(rnd.read(), rnd.readable(), rnd.writable(), rnd.seekable())

# BufferedRWPair
p = io.BufferedRWPair(Raw(b'xyz\nw'), Raw())
print(p.read(2), p.readline(), p.peek()[:1], p.write(b'q'), p.readable(), p.writable(),
      p.seekable(), p.closed)
p.close()
print(p.closed)

# TextIOWrapper over a BufferedReader over a raw stream
t = io.TextIOWrapper(io.BufferedReader(Raw('ünï\ncödé\n'.encode('utf-8'))), encoding='utf-8')
print(t.readlines())

# FileIO is not available in Molt, open_code and text_encoding are
attempt('open_code type', io.open_code, 5)
f = io.open_code('/dev/null')
print(f.read(), isinstance(f, io.BufferedIOBase))
f.close()
print(io.text_encoding('utf-8'), io.text_encoding('latin-1'))

# IncrementalNewlineDecoder
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('c', final=False)),
      repr(d.decode('\r', final=True)), repr(d.newlines))
d.reset()
print(repr(d.newlines), repr(d.decode('x\r\n')), repr(d.newlines), d.getstate())
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode('a\r')), d.getstate(), repr(d.decode('\rb\n', True)), repr(d.newlines))
