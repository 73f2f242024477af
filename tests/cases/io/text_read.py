# TextIOWrapper reading UTF-8 text with multi-byte characters: read(n) counts characters,
# readline(limit), readlines(hint), iteration, mixing read and readline, and errors.
import atexit
import io
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_text_read_%d' % os.getpid())


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


TEXT = 'héllo wörld\nΑθήνα — 東京 🐍\n\nüber\nend without newline ✓'
with open(P, 'w', encoding='utf-8') as f:
    print('write returns chars', f.write(TEXT))
print('bytes on disk', os.path.getsize(P), 'chars', len(TEXT))

f = open(P, encoding='utf-8')
print('read(1)', repr(f.read(1)))
print('read(3)', repr(f.read(3)))
print('read(0)', repr(f.read(0)))
print('read(8)', repr(f.read(8)))
print('readline', repr(f.readline()))
print('read(9)', repr(f.read(9)))
print('read(1)', repr(f.read(1)))
print('readline rest', repr(f.readline()))
print('readline at eof', repr(f.readline()))
print('read(-1)', repr(f.read(-1)))
print('read at eof', repr(f.read()), repr(f.read(3)), repr(f.readline()))
attempt('read(-2)', lambda: f.read(-2))  # any negative means all
attempt('read str', lambda: f.read('3'))
attempt('read float', lambda: f.read(1.0))
f.seek(0)
print('read(None)', repr(f.read(None)))
f.seek(0)

# readline with a limit in characters
print('readline(3)', repr(f.readline(3)))
print('readline(100)', repr(f.readline(100)))
print('readline(6)', repr(f.readline(6)))
print('readline(0)', repr(f.readline(0)))
print('readline(-1)', repr(f.readline(-1)))
attempt('readline(None)', lambda: f.readline(None))
attempt('readline str', lambda: f.readline('2'))
f.seek(0)
print('readlines', f.readlines())
f.seek(0)
print('readlines(5)', f.readlines(5))
print('readlines(0)', f.readlines(0))
f.seek(0)
print('iterate', [len(line) for line in f])
f.seek(0)
print('next', repr(next(f)))
print('read after next', repr(f.read(5)))
print('readline after read', repr(f.readline()))
try:
    while True:
        next(f)
except StopIteration:
    print('StopIteration')
f.close()

# read() of an empty file, and of a file with only a newline
open(P, 'w', encoding='utf-8').close()
with open(P, encoding='utf-8') as f:
    print('empty', repr(f.read()), repr(f.readline()), f.readlines(), list(f))
with open(P, 'w', encoding='utf-8') as f:
    f.write('\n')
with open(P, encoding='utf-8') as f:
    print('one newline', f.readlines())

# writing and reading non-BMP and combining characters
with open(P, 'w', encoding='utf-8') as f:
    f.write('e\u0301\U0001F600\u200d\n' * 3)
with open(P, encoding='utf-8') as f:
    print('combining', [len(line) for line in f])
with open(P, 'rb') as f:
    print('raw bytes of line', f.readline())

# text-mode errors
f = open(P, encoding='utf-8')
attempt('write on read-only', lambda: f.write('x'))
attempt('write bytes', lambda: open(P, 'w', encoding='utf-8').write(b'x'))
attempt('truncate on read-only', lambda: f.truncate())
f.close()
attempt('read closed', lambda: f.read())
attempt('readline closed', lambda: f.readline())
attempt('next closed', lambda: next(f))
attempt('tell closed', lambda: f.tell())
attempt('write closed', lambda: f.write('x'))
attempt('closed attrs', lambda: (f.encoding, f.errors, f.closed, f.mode, f.line_buffering))
attempt('newlines closed', lambda: f.newlines)
os.remove(P)
print('done')
