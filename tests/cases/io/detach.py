# detach(): a buffered object gives back its FileIO and a text wrapper its buffer, both left
# usable; the detached object raises ValueError for every later operation.
import atexit
import io
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_detach_%d' % os.getpid())


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


with open(P, 'wb') as f:
    f.write(b'abcdefghij\nsecond\n')

# BufferedReader.detach: the raw file's position is where the buffer left it
f = open(P, 'rb')
print('read(2)', f.read(2))
raw = f.detach()
print('detached', type(raw).__name__, raw.closed, clean(repr(raw)))
print('raw position', raw.tell())
raw.seek(2)
print('raw read', raw.read(3))
for name, call in [('read', lambda: f.read()), ('raw', lambda: f.raw), ('name', lambda: f.name),
                   ('mode', lambda: f.mode), ('closed', lambda: f.closed), ('tell', lambda: f.tell()),
                   ('seek', lambda: f.seek(0)), ('fileno', lambda: f.fileno()), ('detach', lambda: f.detach()),
                   ('readable', lambda: f.readable()), ('flush', lambda: f.flush()), ('repr', lambda: repr(f)),
                   ('peek', lambda: f.peek()), ('readline', lambda: f.readline()), ('close', lambda: f.close())]:
    attempt('after detach ' + name, call)
raw.close()

# BufferedWriter.detach flushes first
f = open(P, 'wb')
f.write(b'pending')
raw = f.detach()
with open(P, 'rb') as g:
    print('flushed by detach', g.read())
raw.write(b'+raw')
raw.close()
with open(P, 'rb') as g:
    print('after raw write', g.read())
attempt('writer after detach write', lambda: f.write(b'x'))

# BufferedRandom.detach
f = open(P, 'r+b')
f.read(1)
f.write(b'Z')
raw = f.detach()
print('random detached', type(raw).__name__, raw.tell())
raw.seek(0)
print('raw read', raw.read())
raw.close()

# TextIOWrapper.detach returns the buffered object, which keeps working
with open(P, 'w', encoding='utf-8') as f:
    f.write('line 1\nline 2\nline 3\n')
f = open(P, encoding='utf-8')
print('readline', repr(f.readline()))
b = f.detach()
print('text detached', type(b).__name__, b.closed, clean(repr(b)))
print('buffer rest', b.read())
for name, call in [('read', lambda: f.read()), ('readline', lambda: f.readline()), ('buffer', lambda: f.buffer),
                   ('encoding', lambda: f.encoding), ('errors', lambda: f.errors), ('name', lambda: f.name),
                   ('closed', lambda: f.closed), ('tell', lambda: f.tell()), ('seek', lambda: f.seek(0)),
                   ('fileno', lambda: f.fileno()), ('write', lambda: f.write('x')), ('detach', lambda: f.detach()),
                   ('newlines', lambda: f.newlines), ('line_buffering', lambda: f.line_buffering),
                   ('repr', lambda: repr(f)), ('next', lambda: next(f)), ('close', lambda: f.close())]:
    attempt('text after detach ' + name, call)
b.close()

# text writer detach flushes pending text into the buffer
f = open(P, 'w', encoding='utf-8')
f.write('text part|')
b = f.detach()
b.write(b'bytes part')
b.close()
with open(P, 'rb') as g:
    print('text then bytes', g.read())

# rewrapping the detached buffer
f = open(P, 'rb')
t = io.TextIOWrapper(f, encoding='ascii')
print('wrapped', clean(repr(t)), repr(t.read(4)))
b = t.detach()
print('same object', b is f, repr(b.read(5)))
t2 = io.TextIOWrapper(b, encoding='utf-8')
print('rewrapped', repr(t2.read()))
t2.close()
print('closed through wrapper', f.closed)
os.remove(P)
print('done')
