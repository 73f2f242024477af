# io.BytesIO: reading, writing bytes-like objects, positioning, getbuffer, errors.
import io


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO(b'hello\nworld\nlast')
print(b.read(3), b.read1(2), b.read1(), b.tell(), b.read(), b.read(5))
b.seek(0)
print(b.readline(), b.readline(2), b.readline(0), b.readline(-1), b.readline(None), b.readline())
b.seek(0)
print(b.readlines(), b.seek(0), b.readlines(7), b.seek(0), b.readlines(None))
b.seek(0)
print(list(b), b.tell())
b.seek(0)
print([l for l in b if l.startswith(b'w')])

# readinto
b = io.BytesIO(b'abcdefgh')
ba = bytearray(3)
print(b.readinto(ba), ba, b.readinto1(memoryview(ba)), ba, b.tell())
ba = bytearray(10)
print(b.readinto(ba), ba, b.readinto(ba), b.tell())
attempt('readinto bytes', b.readinto, b'xxx')
attempt('readinto str', b.readinto, 'xxx')

# seek / tell
b = io.BytesIO(b'0123456789')
for args in [(3,), (2, 1), (-1, 1), (-100, 1), (-2, 2), (-100, 2), (5, 2), (0, 0), (0, 2)]:
    attempt('seek%r' % (args,), b.seek, *args)
for args in [(-1,), (0, 3), (-1, 3), ('a',), (1.5,), (2 ** 70,), (0, 'x')]:
    attempt('seek%r' % (args,), b.seek, *args)
print(b.seek(2, io.SEEK_SET), b.seek(1, io.SEEK_CUR), b.seek(-1, io.SEEK_END), b.read())

# write
b = io.BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'de')), b.write(memoryview(b'fg')), b.write(b''))
print(b.getvalue(), b.tell())
b.seek(1)
print(b.write(b'XY'), b.getvalue(), b.tell(), b.read())
b.seek(12)
print(b.write(b'!'), b.getvalue())
b.seek(3)
print(b.write(b'0123456789abc'), b.getvalue(), b.tell())
mv = memoryview(b'0123456789')
print(b.write(mv[2:5]), b.getvalue())
attempt('strided', b.write, mv[::2])
for x in ['str', 3, [1], None]:
    attempt('write %r' % (x,), b.write, x)
print(b.writelines([b'p', bytearray(b'q')]), b.getvalue()[-2:])

# truncate
b = io.BytesIO(b'0123456789')
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(2)
print(b.truncate(), b.getvalue(), b.tell())
b.seek(8)
print(b.truncate(), b.getvalue(), b.tell(), b.read())
print(b.truncate(50), b.getvalue())
attempt('truncate -1', b.truncate, -1)
attempt('truncate str', b.truncate, 'x')
b.seek(0, 2)
print(b.write(b'z'), b.getvalue())

# initial bytes
print(io.BytesIO(bytearray(b'q')).getvalue(), io.BytesIO(memoryview(b'w')).read(),
      io.BytesIO(initial_bytes=b'k').read(), io.BytesIO(None).getvalue(), io.BytesIO().read())
attempt('init str', io.BytesIO, 'x')
attempt('init int', io.BytesIO, 3)
src = bytearray(b'abc')
b = io.BytesIO(src)
src[0] = ord('z')
print(b.getvalue())

# read sizes
b = io.BytesIO(b'abcdef')
attempt('read str', b.read, 'x')
attempt('read float', b.read, 1.0)
print(b.read(-5), b.seek(0), b.read(None), b.seek(0), b.read(0), b.read(True))

# getbuffer
b = io.BytesIO(b'abcdef')
m = b.getbuffer()
print(type(m).__name__, bytes(m), m.readonly, len(m))
attempt('write while exported', b.write, b'x')
attempt('truncate while exported', b.truncate, 2)
attempt('close while exported', b.close)
print(b.seek(0), b.read(2), b.getvalue())
m[0] = ord('Z')
print(b.getvalue())
m.release()
print(b.write(b'x'), b.getvalue(), b.closed)
def peek_first(stream):
    view = stream.getbuffer()
    first = view[0]
    view.release()
    return first
print(peek_first(b), b.write(b'y'), b.getvalue())

# attributes / unsupported
b = io.BytesIO(b'abc')
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed, b.flush())
attempt('detach', b.detach)
attempt('fileno', b.fileno)

# closed
with io.BytesIO(b'ctx') as f:
    print(f.read())
print(f.closed)
b = io.BytesIO(b'abc')
b.close()
b.close()
for name, args in [('read', ()), ('read1', ()), ('readline', ()), ('readlines', ()),
                   ('write', (b'x',)), ('writelines', ([b'x'],)), ('getvalue', ()),
                   ('getbuffer', ()), ('tell', ()), ('seek', (0,)), ('truncate', ()),
                   ('readable', ()), ('writable', ()), ('seekable', ()), ('isatty', ()),
                   ('flush', ()), ('readinto', (bytearray(1),)),
                   ('__next__', ()), ('__enter__', ())]:
    attempt(name, getattr(b, name), *args)
print(iter(b) is b)

# subclass and types
class Counting(io.BytesIO):
    def write(self, data):
        self.count = getattr(self, 'count', 0) + 1
        return super().write(data)

c = Counting()
c.write(b'ab')
c.writelines([b'c', b'd'])
print(c.count, c.getvalue(), isinstance(c, io.BufferedIOBase), isinstance(c, io.IOBase),
      isinstance(c, io.RawIOBase), isinstance(c, io.TextIOBase))

# large
b = io.BytesIO()
for i in range(10000):
    b.write(b'%d\n' % i)
print(len(b.getvalue()), b.tell())
b.seek(0)
lines = b.readlines()
print(len(lines), lines[:3], lines[-1])

# copying keeps value, position and attributes
import copy
b = io.BytesIO(b'xyz')
b.read(1)
b.tag = 't'
for c in (copy.copy(b), copy.deepcopy(b)):
    print(c.getvalue(), c.tell(), c.tag, c.read())
print(b.__getstate__(), io.BytesIO().__getstate__())
