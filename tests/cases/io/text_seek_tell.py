# TextIOWrapper tell()/seek(cookie) round trips on UTF-8 text with multi-byte characters and
# CRLF line ends: seeking to a cookie from tell() resumes reading at the same place. Cookies are
# printed only at line starts, where they are plain byte offsets.
import atexit
import io
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_text_seek_tell_%d' % os.getpid())


def _cleanup():
    # also runs when the program fails half way
    for path in [P]:
        if os.path.isdir(path):
            os.rmdir(path)
        elif os.path.exists(path):
            os.remove(path)


atexit.register(_cleanup)


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


DATA = 'aé\r\nb€c\r\n\r\nlast 🐍 line\r\nmixed\nends\rhere\r\nx'.encode('utf-8')
with open(P, 'wb') as f:
    f.write(DATA)

for newline in [None, '', '\n', '\r\n']:
    print('-- newline=%r' % (newline,))
    f = open(P, encoding='utf-8', newline=newline)
    print('tell at start', f.tell())
    lines = []
    prev = ''
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            print('eof at', pos, 'size', len(DATA))
            break
        lines.append((pos, line))
        # after a line ended by a lone '\r' the decoder may still be waiting for a '\n':
        # that cookie is opaque
        print('opaque' if prev in ('ends\n', 'ends\r') else pos, repr(line))
        prev = line
    # seek back to each line start and read the line again
    for pos, line in reversed(lines):
        f.seek(pos)
        again = f.readline()
        if again != line:
            print('MISMATCH at line start', pos, repr(again), repr(line))
    print('line starts ok', len(lines))
    f.close()

# cookies in the middle of lines (opaque): remember them, then come back
f = open(P, encoding='utf-8')
marks = []
while True:
    cookie = f.tell()
    chunk = f.read(3)
    if not chunk:
        break
    marks.append((cookie, chunk))
print('chunks', [c for _, c in marks])
ok = 0
for cookie, chunk in reversed(marks):
    f.seek(cookie)
    if f.read(3) == chunk:
        ok += 1
    else:
        print('MISMATCH', repr(chunk))
print('mid-line cookies resume', ok, 'of', len(marks))
f.seek(marks[3][0])
print('readline from mark 3', repr(f.readline()))
f.seek(marks[5][0])
print('read(4) from mark 5', repr(f.read(4)))
f.seek(0)
print('read(2) then tell round trip', repr(f.read(2)), end=' ')
c = f.tell()
rest = f.read()
f.seek(c)
print(f.read() == rest)

# seek() restrictions
print('seek(0, 2)', f.seek(0, 2), f.tell() == len(DATA), repr(f.read()))
print('seek(0, 1)', f.seek(0, 1) == f.tell())
print('seek(0)', f.seek(0), repr(f.read(2)))
attempt('seek(1, 1)', lambda: f.seek(1, 1))
attempt('seek(-1, 2)', lambda: f.seek(-1, 2))
attempt('seek(-1)', lambda: f.seek(-1))
attempt('seek(0, 3)', lambda: f.seek(0, 3))
f.seek(0)
for line in f:
    attempt('tell while iterating', lambda: f.tell())
    break
for line in f:
    pass
print('tell after iteration finished', f.tell() == len(DATA))
f.close()

# writing moves the cookie too
f = open(P, 'w+', encoding='utf-8', newline='')
f.write('αβγ\n')
print('tell after write', f.tell())
f.write('d\r\n')
print('tell after write', f.tell())
c = f.tell()
f.write('ü tail')
f.seek(c)
print('read back', repr(f.read()))
f.seek(0)
print('whole', repr(f.read()))
f.close()

# other encodings: round trips only
for enc in ['utf-16', 'latin-1', 'utf-8-sig']:
    with open(P, 'w', encoding=enc) as f:
        f.write('ünï\ncödé\n' * 5)
    f = open(P, encoding=enc)
    print(enc, 'start tell', f.tell())
    f.readline()
    f.read(2)
    c = f.tell()
    rest = f.read()
    f.seek(c)
    print(enc, 'resume', f.read() == rest, repr(rest[:6]))
    f.seek(0)
    print(enc, 'from 0', repr(f.readline()))
    f.close()
os.remove(P)
print('done')
