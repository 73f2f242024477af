# BufferedWriter and BufferedRandom: write counts, when data reaches the file (flush, close,
# large writes), seek with whence 0/1/2, tell after mixing reads and writes in r+b / w+b / a+b,
# truncate, and errors.
import atexit
import io
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_buffered_write_%d' % os.getpid())


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


def on_disk():
    with open(P, 'rb') as g:
        return g.read()


f = open(P, 'wb')
print(type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
print('write', f.write(b'hello '))
print('write bytearray', f.write(bytearray(b'world')))
print('write memoryview', f.write(memoryview(b'!?')[:1]))
print('write empty', f.write(b''))
print('tell', f.tell(), 'raw tell', f.raw.tell())
print('on disk before flush', on_disk())
print('flush', f.flush())
print('on disk after flush', on_disk(), 'raw tell', f.raw.tell())
f.writelines([b'\nline ', b'two\n'])
attempt('write str', lambda: f.write('text'))
attempt('read', lambda: f.read())
attempt('peek', lambda: f.peek())
big = b'x' * 20000
print('big write', f.write(big))
print('big write reached disk', len(on_disk()) >= 20000)
print('tell', f.tell())
f.close()
print('size', len(on_disk()), on_disk()[:24])
for name, call in [('write', lambda: f.write(b'a')), ('flush', lambda: f.flush()),
                   ('tell', lambda: f.tell()), ('seek', lambda: f.seek(0)),
                   ('truncate', lambda: f.truncate()), ('writable', lambda: f.writable())]:
    attempt('closed ' + name, call)

# seek in a writer flushes pending data first
f = open(P, 'wb')
f.write(b'0123456789')
print('seek(0)', f.seek(0), 'on disk', on_disk())
f.write(b'AB')
print('seek(0,2)', f.seek(0, 2))
f.write(b'END')
print('seek(-5,1)', f.seek(-5, 1))
f.write(b'_')
print('tell', f.tell())
f.close()
print('result', on_disk())

# r+b: reads and writes share one position
f = open(P, 'r+b')
print(type(f).__name__, f.mode)
print('read(3)', f.read(3), 'tell', f.tell())
print('write', f.write(b'***'), 'tell', f.tell())
print('read(2)', f.read(2), 'tell', f.tell())
print('peek starts', f.peek(1)[:1])
f.write(b'#')
print('tell', f.tell())
print('read()', f.read(), 'tell', f.tell())
f.write(b'+tail')
print('tell', f.tell())
print('seek(0)', f.seek(0))
print('read()', f.read())
print('seek(-4,2)', f.seek(-4, 2), f.read(2))
print('seek(-3,1)', f.seek(-3, 1), f.read(1))
print('seek(1,1)', f.seek(1, 1), f.read())
f.seek(4)
print('truncate()', f.truncate(), 'tell', f.tell())
print('after truncate', f.read(), 'seek(0)', f.seek(0), f.read())
print('truncate(2)', f.truncate(2), 'tell', f.tell())
f.seek(0)
print('read', f.read())
f.write(b'xyz')
print('truncate(10)', f.truncate(10), 'tell', f.tell())
f.close()
print('result', on_disk())

# w+b
f = open(P, 'w+b')
print('w+b empty', f.read())
f.write(b'abcdef')
print('read at end', f.read())
f.seek(1)
print('read(2)', f.read(2))
f.write(b'XY')
f.seek(0)
print('read', f.read())
f.close()

# a+b: writes always go to the end
f = open(P, 'a+b')
print('a+b tell', f.tell())
f.seek(0)
print('read(2)', f.read(2), 'tell', f.tell())
f.write(b'!!')
f.close()
print('appended at the end', on_disk())
f = open(P, 'a+b')
f.write(b'<>')
f.flush()
f.seek(0)
print('read after flush and seek', f.read())
f.close()

# ab
f = open(P, 'ab')
print('ab tell', f.tell())
f.write(b'??')
print('tell', f.tell())
f.close()
print('result', on_disk())

# BufferedWriter built by hand with a small buffer
raw = io.FileIO(P, 'w')
bw = io.BufferedWriter(raw, buffer_size=4)
print('manual', bw.raw is raw, bw.write(b'ab'), on_disk())
print('write more', bw.write(b'cdefg'), on_disk())
bw.close()
print('closed', raw.closed, on_disk())
attempt('writer on read-only raw', lambda: io.BufferedWriter(io.FileIO(P, 'r')))
attempt('random on read-only raw', lambda: io.BufferedRandom(io.FileIO(P, 'r')))
attempt('random on write-only raw', lambda: io.BufferedRandom(io.FileIO(P, 'w')))
os.remove(P)
print('done')
