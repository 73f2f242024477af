# Files larger than the buffer and the text chunk size (~200 KB): written line by line, read back
# line by line, in read(8000) chunks, with seeks into the middle, CRLF pairs on chunk
# boundaries, very long lines, and data appended by another writer while a reader is open.
import atexit
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_large_files_%d' % os.getpid())


def _cleanup():
    # also runs when the program fails half way
    for path in [P]:
        if os.path.isdir(path):
            os.rmdir(path)
        elif os.path.exists(path):
            os.remove(path)


atexit.register(_cleanup)


def digest(data):
    # length and whether it equals the text that was written
    if isinstance(data, str):
        data = data.encode('utf-8')
    return '%d:%s' % (len(data), 'same' if data == EXPECTED else 'DIFFERENT')


lines = ['%05d %s %s\n' % (i, 'é' * (i % 7), 'x' * (i % 53)) for i in range(5000)]
expected = ''.join(lines)
EXPECTED = expected.encode('utf-8')
with open(P, 'w', encoding='utf-8') as f:
    for line in lines:
        f.write(line)
size = os.path.getsize(P)
print('size', size, 'chars', len(expected), 'digest', digest(expected))

# line by line, text
with open(P, encoding='utf-8') as f:
    n = 0
    bad = 0
    for got, want in zip(f, lines):
        n += 1
        bad += got != want
    print('text lines', n, 'mismatches', bad, 'rest', repr(f.read()))

# readline loop with tell() at every line start: the cookie is the byte offset there
with open(P, encoding='utf-8') as f:
    offset = 0
    bad = 0
    samples = []
    for i, want in enumerate(lines):
        cookie = f.tell()
        if cookie != offset:
            bad += 1
        if i % 1000 == 0:
            samples.append(cookie)
        got = f.readline()
        bad += got != want
        offset += len(want.encode('utf-8'))
    print('tell at line starts', samples, 'mismatches', bad, 'end', f.tell() == size)

# binary lines and chunks
with open(P, 'rb') as f:
    blines = f.readlines()
    print('binary lines', len(blines), digest(b''.join(blines)))
with open(P, 'rb') as f:
    sizes = []
    parts = []
    while True:
        chunk = f.read(8000)
        if not chunk:
            break
        sizes.append(len(chunk))
        parts.append(chunk)
    print('read(8000) chunks', len(sizes), set(sizes[:-1]), sizes[-1], digest(b''.join(parts)))
with open(P, encoding='utf-8') as f:
    parts = []
    while True:
        chunk = f.read(8000)
        if not chunk:
            break
        parts.append(chunk)
    print('text read(8000) chunks', len(parts), [len(p) for p in parts[:3]], digest(''.join(parts)))
with open(P, 'rb') as f:
    print('read() whole', digest(f.read()))
with open(P, 'rb', buffering=0) as f:
    print('raw readall', digest(f.readall()))

# seek into the middle
with open(P, 'rb') as f:
    mid = size // 2
    f.seek(mid)
    f.readline()
    print('line after middle', f.readline())
    print('tell', f.tell())
    f.seek(-40, 2)
    print('last bytes', f.read())
    f.seek(100000)
    print('at 100000', f.read(12), f.tell())
    f.seek(-50000, 1)
    print('back 50000', f.read(12), f.tell())
with open(P, encoding='utf-8') as f:
    for _ in range(2500):
        f.readline()
    cookie = f.tell()
    line = f.readline()
    f.seek(0)
    f.read(10)
    f.seek(cookie)
    print('text seek to line 2500', repr(f.readline()), f.readline() == lines[2501], line == lines[2500])

# random access writes into a big file
with open(P, 'r+b') as f:
    f.seek(150000)
    f.write(b'#####')
    f.seek(10)
    f.write(b'@@')
    f.seek(149998)
    print('r+b big', f.read(9))
    f.seek(0, 2)
    f.write(b'END\n')
    print('size now', f.tell())

# CRLF pairs split across the text chunk boundary, and a first '\r\n' far into the file
parts = []
pos = len('start\n')
while pos < 200000:
    piece = 'a' * (8191 - pos % 8192) + '\r\n' if pos % 8192 != 8191 else '\r\n'
    parts.append(piece)
    pos += len(piece)
with open(P, 'wb') as f:
    f.write(b'start\n' + ''.join(parts).encode('ascii'))
with open(P, encoding='ascii') as f:
    print('first line', repr(f.readline()), 'newlines so far', repr(f.newlines))
    got = f.readlines()
    print('crlf lines', len(got), all(x.endswith('\n') and not x.endswith('\r\n') for x in got),
          sum(map(len, got)), 'newlines', f.newlines)
with open(P, encoding='ascii', newline='') as f:
    got = f.readlines()
    print('newline="" lines', len(got), all(x.endswith('\r\n') for x in got[1:]))

# one very long line
with open(P, 'w', encoding='utf-8') as f:
    f.write('ü' * 150000 + '\nshort\n' + 'z' * 70000)
with open(P, encoding='utf-8') as f:
    first = f.readline()
    print('long line', len(first), first[-2:] == 'ü\n', repr(f.readline()), len(f.readline()), repr(f.readline()))
with open(P, 'rb') as f:
    print('binary long line', len(f.readline()), f.readline(), len(f.readline(100)))

# a reader streams: data appended after it started reading is seen
with open(P, 'w', encoding='utf-8') as f:
    f.write('head\n' + 'y' * 100000 + '\n')
r = open(P, encoding='utf-8')
print('reader first line', repr(r.readline()))
with open(P, 'a', encoding='utf-8') as w:
    w.write('appended later\n')
rest = r.read()
print('reader sees append', len(rest), repr(rest[-15:]))
r.close()
os.remove(P)
print('done')
