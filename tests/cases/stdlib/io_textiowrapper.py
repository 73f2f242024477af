# io.TextIOWrapper over binary buffers: decoding, encoding, newlines, tell/seek, detach.
import io


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


data = 'héllo\r\nwörld\rend\nlast'.encode('utf-8')
t = io.TextIOWrapper(io.BytesIO(data), encoding='utf-8')
print(t.encoding, t.errors, t.line_buffering, t.write_through, repr(t.newlines))
print(repr(t.readline()), t.tell(), repr(t.newlines))
print(repr(t.read(3)), t.tell(), repr(t.read()), t.tell())
t.seek(0)
print(t.readlines())
t.seek(7)
print(repr(t.read()))
t.seek(0)
print(repr(t.read(1)), t.tell(), repr(t.read(1)), t.tell(), repr(t.readline()), t.tell())
t.seek(0)
print(list(t))

for nl in [None, '', '\n', '\r', '\r\n']:
    t = io.TextIOWrapper(io.BytesIO(data), encoding='utf-8', newline=nl)
    print(repr(nl), t.readlines(), repr(t.newlines))
    t = io.TextIOWrapper(io.BytesIO(data), encoding='utf-8', newline=nl)
    print(' ', [t.readline(4) for _ in range(7)])
    w = io.BytesIO()
    t = io.TextIOWrapper(w, encoding='utf-8', newline=nl)
    print(' ', t.write('a\nb\r\nc\rd'), w.getvalue(), end=' ')
    t.flush()
    print(w.getvalue(), t.tell())

# buffering of writes
w = io.BytesIO()
t = io.TextIOWrapper(w, encoding='utf-8')
t.write('ab')
print(w.getvalue())
t.flush()
print(w.getvalue())
w = io.BytesIO()
t = io.TextIOWrapper(w, encoding='utf-8', line_buffering=True)
t.write('ab')
print(w.getvalue(), end=' ')
t.write('c\nd')
print(w.getvalue(), end=' ')
t.write('e\rf')
print(w.getvalue())
w = io.BytesIO()
t = io.TextIOWrapper(w, encoding='utf-8', write_through=True)
t.write('xy')
print(w.getvalue(), t.write_through)
w = io.BytesIO()
t = io.TextIOWrapper(w, encoding='utf-8')
t.reconfigure(line_buffering=True)
t.write('x\n')
print(w.getvalue(), t.line_buffering)
w = io.BytesIO()
t = io.TextIOWrapper(w, encoding='utf-8')
print('%s=%d' % ('n', 5), file=t)
t.writelines(['p', 'q\n'])
t.flush()
print(w.getvalue())

# encodings and errors
for enc in ['utf-8', 'latin-1', 'ascii', 'cp1252', 'utf-16', 'utf-16-le', 'utf-16-be',
            'utf-32', 'utf-32-be', 'utf-8-sig', 'UTF8']:
    w = io.BytesIO()
    t = io.TextIOWrapper(w, encoding=enc, errors='replace')
    t.write('aé€🐍\n')
    t.write('z')
    t.flush()
    raw = w.getvalue()
    print(enc, t.encoding, raw)
    t.seek(0)
    print('  ', repr(t.read()), t.tell())
    t.seek(0)
    print('  ', repr(t.readline()), repr(t.read(1)))
w = io.BytesIO()
t = io.TextIOWrapper(w, encoding='latin-1', errors='xmlcharrefreplace')
t.write('a€')
t.flush()
print(w.getvalue())
w = io.BytesIO()
t = io.TextIOWrapper(w, encoding='ascii', errors='backslashreplace')
t.write('aé')
t.flush()
print(w.getvalue())
w = io.BytesIO()
t = io.TextIOWrapper(w, encoding='ascii')
attempt('encode error', t.write, 'é')
print(repr(io.TextIOWrapper(io.BytesIO(b'a\xff\xfeb'), encoding='utf-8', errors='replace').read()))
print(repr(io.TextIOWrapper(io.BytesIO(b'a\xff\xfeb'), encoding='utf-8', errors='ignore').read()))
print(repr(io.TextIOWrapper(io.BytesIO(b'a\xffb'), encoding='latin-1').read()))
attempt('decode error', io.TextIOWrapper(io.BytesIO(b'a\xffb'), encoding='utf-8').read)
print(repr(io.TextIOWrapper(io.BytesIO(b'\xef\xbb\xbfabc'), encoding='utf-8-sig').read()))
print(repr(io.TextIOWrapper(io.BytesIO(b'abc'), encoding='utf-8-sig').read()))
print(repr(io.TextIOWrapper(io.BytesIO(b'\xef\xbb\xbfabc'), encoding='utf-8').read()))
print(repr(io.TextIOWrapper(io.BytesIO(b'\xfe\xff\x00a\x00b'), encoding='utf-16').read()))
attempt('no BOM', io.TextIOWrapper(io.BytesIO(b'a\x00b\x00'), encoding='utf-16').read)
attempt('no BOM 32', io.TextIOWrapper(io.BytesIO(b'a\x00\x00\x00'), encoding='utf-32').read)
print(repr(io.TextIOWrapper(io.BytesIO(b''), encoding='utf-16').read()))

# multi-byte sequences split across chunks
text = ''.join(chr(c) for c in range(0x3b1, 0x3c9)) * 40 + '🐍end\r\n' * 30
for enc in ['utf-8', 'utf-16', 'utf-32-le']:
    t = io.TextIOWrapper(io.BytesIO(text.encode(enc)), encoding=enc)
    t._CHUNK_SIZE = 7
    got = []
    while True:
        piece = t.read(5)
        if not piece:
            break
        got.append(piece)
    print(enc, ''.join(got) == text.replace('\r\n', '\n'), len(got))
    t.seek(0)
    lines = t.readlines()
    print('  ', len(lines), repr(lines[0][-5:]), repr(lines[-1]))
    t = io.TextIOWrapper(io.BytesIO(text.encode(enc)), encoding=enc, newline='')
    t._CHUNK_SIZE = 5
    lines = list(t)
    print('  ', len(lines), repr(lines[1]), repr(t.newlines))

# tell / seek round trips
t = io.TextIOWrapper(io.BytesIO('aé€\nb🐍c\r\nd'.encode('utf-8')), encoding='utf-8')
marks = []
while True:
    pos = t.tell()
    ch = t.read(1)
    if not ch:
        break
    marks.append((pos, ch))
print(marks)
for pos, ch in marks:
    t.seek(pos)
    assert t.read(1) == ch
print(t.seek(0, 2), repr(t.read()), t.seek(3), repr(t.read(2)), t.seek(0, 1), repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'x\ny\nz'), encoding='utf-8')
print(next(t))
attempt('tell in iteration', t.tell)
print(list(t), t.tell())
t = io.TextIOWrapper(io.BytesIO('a\nb\n'.encode('utf-16')), encoding='utf-16')
print(t.tell(), repr(t.readline()), t.tell(), repr(t.readline()), t.tell())

# write after read, truncate
b = io.BytesIO(b'abcdef')
t = io.TextIOWrapper(b, encoding='utf-8')
print(t.read(2), b.tell())
t.write('X')
t.flush()
print(b.getvalue(), t.tell())
t.seek(0)
print(repr(t.read()))
t.seek(2)
print(t.truncate(), b.getvalue())
t.seek(0, 2)
print(t.write('\nnew'), t.tell(), b.getvalue())

# detach, close
w = io.BytesIO()
t = io.TextIOWrapper(w, encoding='utf-8', newline='\r\n')
t.write('a\nb')
d = t.detach()
print(d is w, w.getvalue(), t.buffer)
attempt('read after detach', t.read)
attempt('closed after detach', lambda: t.closed)
attempt('detach again', t.detach)
attempt('write after detach', t.write, 'x')
w = io.BytesIO()
t = io.TextIOWrapper(w, encoding='utf-8')
print(t.buffer is w, t.closed)
t.write('pending')
t.close()
print(t.closed, w.closed)
attempt('write closed', t.write, 'x')
attempt('read closed', t.read)
attempt('flush closed', t.flush)
t.close()
with io.TextIOWrapper(io.BytesIO(b'ctx'), encoding='ascii') as t:
    print(t.read(), t.closed)
print(t.closed)

# argument errors
attempt('bad encoding', io.TextIOWrapper, io.BytesIO(), encoding='nope')
attempt('int encoding', io.TextIOWrapper, io.BytesIO(), encoding=5)
attempt('int errors', io.TextIOWrapper, io.BytesIO(), encoding='utf-8', errors=3)
attempt('int newline', io.TextIOWrapper, io.BytesIO(), encoding='utf-8', newline=3)
attempt('bad newline', io.TextIOWrapper, io.BytesIO(), encoding='utf-8', newline='x')
t = io.TextIOWrapper(io.BytesIO(b'abc'), encoding='utf-8')
attempt('write bytes', t.write, b'x')
attempt('read str', t.read, 'x')
attempt('read float', t.read, 1.0)
attempt('readline str', t.readline, 'x')
attempt('readline float', t.readline, 1.0)
attempt('seek whence', t.seek, 0, 5)
attempt('seek cur', t.seek, 1, 1)
attempt('seek end', t.seek, 1, 2)
attempt('seek neg', t.seek, -1)
attempt('reconfigure newline', t.reconfigure, newline=5)
print(t.readable(), t.writable(), t.seekable(), t.isatty())
print(repr(t), type(t).__name__, isinstance(t, io.TextIOBase), isinstance(t, io.IOBase),
      isinstance(t, io.TextIOWrapper), isinstance(t, io.BufferedIOBase))

# reconfigure
w = io.BytesIO()
t = io.TextIOWrapper(w, encoding='utf-8')
t.write('é')
t.reconfigure(encoding='latin-1')
t.write('é')
t.reconfigure(newline='\r\n')
t.write('\n')
t.flush()
print(w.getvalue(), t.encoding, t.errors)

# a user BufferedIOBase as the buffer
class Chunky(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self.data)
        n = min(n, 3)
        piece = self.data[self.pos:self.pos + n]
        self.pos += len(piece)
        return piece
    def read1(self, n=-1):
        return self.read(n)

t = io.TextIOWrapper(Chunky('ab€\ncd\n🐍\n'.encode('utf-8')), encoding='utf-8')
print(t.readlines(), t.seekable())
attempt('tell unseekable', t.tell)
attempt('seek unseekable', t.seek, 0)

# over a binary file object from open()
t = io.TextIOWrapper(open('/dev/null', 'rb'), encoding='utf-8')
print(repr(t.read()), t.name, repr(t), t.readable(), t.writable())
t.close()
print(t.closed)
