# Text-mode newline handling: newline=None / '' / '\n' / '\r' / '\r\n' when reading and when
# writing, the newlines attribute as line ends are seen, and a lone '\r' at the end of the file.
import atexit
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_text_newlines_%d' % os.getpid())


def _cleanup():
    # also runs when the program fails half way
    for path in [P]:
        if os.path.isdir(path):
            os.rmdir(path)
        elif os.path.exists(path):
            os.remove(path)


atexit.register(_cleanup)

DATA = b'unix\nwindows\r\nmac\rmixed\r\r\n\n\rlast'
with open(P, 'wb') as f:
    f.write(DATA)

for newline in [None, '', '\n', '\r', '\r\n']:
    print('-- read newline=%r' % (newline,))
    with open(P, encoding='utf-8', newline=newline) as f:
        print('newlines before', repr(f.newlines))
        seen = []
        lines = []
        while True:
            line = f.readline()
            if not line:
                break
            lines.append(line)
            seen.append(f.newlines)
        print('lines', lines)
        print('newlines as read', seen)
    with open(P, encoding='utf-8', newline=newline) as f:
        print('read()', repr(f.read()), 'newlines', repr(f.newlines))
    with open(P, encoding='utf-8', newline=newline) as f:
        print('list', list(f))
    with open(P, encoding='utf-8', newline=newline) as f:
        print('read(6) x3', repr(f.read(6)), repr(f.read(6)), repr(f.read(6)))

for newline in [None, '', '\n', '\r', '\r\n']:
    with open(P, 'w', encoding='utf-8', newline=newline) as f:
        n = f.write('a\nb\r\nc\rd\n')
        print('write newline=%r returns %d' % (newline, n), end=' ')
        f.writelines(['e\n', 'f'])
        print('newlines attr', repr(f.newlines))
    with open(P, 'rb') as f:
        print('  bytes', f.read())

# print() to a file goes through the same translation
with open(P, 'w', encoding='utf-8', newline='\r\n') as f:
    print('one', 'two', file=f)
    print('three\nfour', file=f, end='!\n')
with open(P, 'rb') as f:
    print('print to file', f.read())

# a '\r' that is the last byte, and '\r' then '\n' split across reads
with open(P, 'wb') as f:
    f.write(b'abc\r')
with open(P, encoding='utf-8') as f:
    print('trailing CR', repr(f.read()), repr(f.newlines))
with open(P, 'wb') as f:
    f.write(b'abc\r\ndef\r')
with open(P, encoding='utf-8') as f:
    print('read(4) at CR', repr(f.read(4)), repr(f.read(1)), repr(f.read()), repr(f.newlines))
with open(P, encoding='utf-8', newline='') as f:
    print('newline="" read(4)', repr(f.read(4)), repr(f.read(1)), repr(f.read()), repr(f.newlines))
with open(P, encoding='utf-8', newline='') as f:
    print('newline="" readline(4)', repr(f.readline(4)), repr(f.readline()), repr(f.readline()))

# newlines on a write-only file and on a binary file
with open(P, 'w', encoding='utf-8') as f:
    print('write-only newlines', repr(f.newlines))
with open(P, 'rb') as f:
    print('binary has newlines', hasattr(f, 'newlines'))
os.remove(P)
print('done')
