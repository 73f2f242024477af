# Text files opened for update (r+, w+, a+): writes then reads on one object, seek between
# them; reconfigure(); io.TextIOWrapper built by hand over native buffered files.
import atexit
import io
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_text_update_%d' % os.getpid())


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


def disk():
    with open(P, 'rb') as f:
        return f.read()


with open(P, 'w', encoding='utf-8') as f:
    f.write('line one\nline two\nline three\n')

# r+: read, then write at the current position (overwrites), then read on
f = open(P, 'r+', encoding='utf-8')
print('readline', repr(f.readline()))
pos = f.tell()
print('tell', pos)
f.seek(pos)
print('write', f.write('LINE'))
print('tell after write', f.tell())
print('read rest', repr(f.read()))
f.seek(0)
print('whole', repr(f.read()))
f.write('appended\n')
f.seek(0)
print('after append', repr(f.read()))
f.seek(0)
f.write('X')
f.flush()
print('on disk', disk())
f.close()

# w+: write, seek(0), read
f = open(P, 'w+', encoding='utf-8')
print('w+ empty', repr(f.read()))
f.write('héllo\nwörld\n')
print('read at end', repr(f.read()))
f.seek(0)
print('readline', repr(f.readline()))
print('tell', f.tell())
f.write('again\n')
f.seek(0)
print('lines', f.readlines())
f.close()

# a+: reads can seek anywhere, writes go to the end
f = open(P, 'a+', encoding='utf-8')
print('a+ tell at open', f.tell())
print('read at end', repr(f.read()))
f.seek(0)
print('readline', repr(f.readline()))
f.write('tail\n')
f.seek(0)
print('after a+ write', f.readlines())
f.close()
print('on disk', disk())

# a: write-only append
with open(P, 'a', encoding='utf-8') as f:
    print('a tell', f.tell())
    f.write('more\n')
    print('a tell after', f.tell())
    attempt('a read', f.read)

# reconfigure
f = open(P, 'w', encoding='utf-8')
print('before', f.encoding, f.errors, f.line_buffering, f.write_through)
f.reconfigure(line_buffering=True)
print('line_buffering', f.line_buffering)
f.write('first\n')
print('line flushed', disk())
f.reconfigure(line_buffering=False)
f.write('second\n')
print('not flushed', disk())
f.reconfigure(encoding='latin-1')  # flushes what was pending
print('encoding', f.encoding, f.errors, disk())
f.write('é\n')
f.reconfigure(errors='replace')
print('errors', f.errors, 'encoding', f.encoding)
f.write('€\n')
f.reconfigure(encoding='ascii', errors='backslashreplace')
f.write('ü\n')
f.reconfigure(newline='\r\n')
f.write('crlf\n')
attempt('reconfigure bad newline', lambda: f.reconfigure(newline='x'))
attempt('reconfigure unknown encoding', lambda: f.reconfigure(encoding='nope'))
attempt('reconfigure bad keyword', lambda: f.reconfigure(buffering=1))
attempt('reconfigure positional', lambda: f.reconfigure('utf-8'))
print('reconfigure returns', f.reconfigure())
f.close()
print('on disk', disk())
attempt('reconfigure closed', lambda: f.reconfigure(line_buffering=True))

f = open(P, 'r', encoding='latin-1')
print('read as latin-1', repr(f.read(2)))
attempt('reconfigure encoding after read', lambda: f.reconfigure(encoding='utf-8'))
f.close()
f = open(P, 'r', encoding='latin-1')
f.reconfigure(encoding='utf-8', errors='replace')
print('reconfigured before read', repr(f.read()))
f.close()

# io.TextIOWrapper over a native buffered object
b = open(P, 'rb')
t = io.TextIOWrapper(b, encoding='utf-8', errors='replace')
print('wrapper', type(t).__name__, t.buffer is b, clean(repr(t)))
print('name', clean(t.name), 'encoding', t.encoding, 'errors', t.errors, 'line_buffering', t.line_buffering)
attempt('mode', lambda: t.mode)
print('lines', t.readlines())
t.close()
print('buffer closed too', b.closed, b.raw.closed)

b = open(P, 'r+b')
t = io.TextIOWrapper(b, encoding='latin-1', newline='', line_buffering=True)
print('line_buffering', t.line_buffering, 'readable', t.readable(), 'writable', t.writable(), 'seekable', t.seekable())
t.seek(0, 2)
t.write('wrapped\n')
print('line flushed through raw', disk()[-8:])
t.seek(0)
print('first line', repr(t.readline()))
t.close()

b = open(P, 'wb')
t = io.TextIOWrapper(b, encoding='utf-16-le', write_through=True)
print('write_through', t.write_through)
t.write('ab')
b.flush()
print('utf-16-le via wrapper', disk())
t.close()

raw = io.FileIO(P, 'r')
t = io.TextIOWrapper(io.BufferedReader(raw), encoding='utf-16-le')
print('wrapper over manual stack', repr(t.read()), type(t.buffer).__name__, t.buffer.raw is raw)
t.close()
attempt('wrapper over raw FileIO read', lambda: io.TextIOWrapper(io.FileIO(P), encoding='latin-1').read())
attempt('wrapper bad newline', lambda: io.TextIOWrapper(open(P, 'rb'), newline='x'))
attempt('wrapper bad encoding', lambda: io.TextIOWrapper(open(P, 'rb'), encoding='nope'))
os.remove(P)
print('done')
