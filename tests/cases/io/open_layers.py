# open() composes the layers as CPython does: the type of every layer for every mode,
# reprs, .buffer / .raw, identities, the name and mode of each layer.
import atexit
import io
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_open_layers_%d' % os.getpid())


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


def layers(f):
    out = []
    while True:
        out.append((type(f).__name__, clean(repr(getattr(f, 'name', None))), getattr(f, 'mode', None)))
        if hasattr(f, 'buffer'):
            f = f.buffer
        elif hasattr(f, 'raw'):
            f = f.raw
        else:
            break
    return out


with open(P, 'w', encoding='utf-8') as f:
    f.write('seed\n')

for mode in ['r', 'w', 'a', 'r+', 'w+', 'a+', 'rt', 'wt', 'at', 'r+t', 'rb', 'wb', 'ab',
             'r+b', 'w+b', 'a+b', 'rb+', 'br', 'x', 'xb', 'x+', 'x+b']:
    if mode.startswith('x') or mode == 'xb':
        os.remove(P)
    kw = {} if 'b' in mode else {'encoding': 'utf-8'}
    f = open(P, mode, **kw)
    print(mode.ljust(4), clean(repr(f)))
    for layer in layers(f):
        print('     ', *layer)
    print('      caps', f.readable(), f.writable(), f.seekable())
    f.close()

# identities and attribute types
f = open(P, 'r+', encoding='utf-8')
print('buffer is buffer', f.buffer is f.buffer)
print('raw is raw', f.buffer.raw is f.buffer.raw)
print('isinstance', isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
print('buffer isinstance', isinstance(f.buffer, io.BufferedRandom), isinstance(f.buffer, io.BufferedIOBase))
print('raw isinstance', isinstance(f.buffer.raw, io.FileIO), isinstance(f.buffer.raw, io.RawIOBase))
print('same fd', f.fileno() == f.buffer.fileno() == f.buffer.raw.fileno())
print('encoding', f.encoding, 'errors', f.errors)
print('line_buffering', f.line_buffering, 'write_through', f.write_through)
print('newlines', f.newlines)
print('raw closefd', f.buffer.raw.closefd)
print('type names', type(f).__module__, type(f).__qualname__, type(f.buffer).__module__, type(f.buffer.raw).__module__)
print('io names', io.FileIO is type(f.buffer.raw), io.BufferedRandom is type(f.buffer))
f.close()
print('closed layers', f.closed, f.buffer.closed, f.buffer.raw.closed)
print('closed reprs', clean(repr(f)), clean(repr(f.buffer)), repr(f.buffer.raw))

# closing the text layer closes the buffer and the raw file
f = open(P, 'w', encoding='utf-8')
b = f.buffer
r = b.raw
f.write('abc')
f.close()
print('after close', b.closed, r.closed)
with open(P, encoding='utf-8') as g:
    print('flushed on close', repr(g.read()))

# closing the raw file underneath the text layer
f = open(P, encoding='utf-8')
f.buffer.raw.close()
print('raw closed', f.closed, f.buffer.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
f.close()

# name attribute of a text file opened from a pathlike / bytes path
class PathLike:
    def __fspath__(self):
        return P


f = open(PathLike(), encoding='utf-8')
print('pathlike name', clean(f.name), type(f.name).__name__)
f.close()
f = open(os.fsencode(P), 'rb')
print('bytes name', f.name == os.fsencode(P))
f.close()
os.remove(P)

# module-level names
print('io.open is open', io.open is open, 'DEFAULT_BUFFER_SIZE', io.DEFAULT_BUFFER_SIZE)
print('UnsupportedOperation mro', [c.__name__ for c in io.UnsupportedOperation.__mro__])
with open(__file__, 'rb') as f:
    print('iter returns self', iter(f) is f, f.__iter__() is f)
with open(__file__, encoding='utf-8') as f:
    print('text iter returns self', iter(f) is f, f.readline().startswith('# open()'))
print('done')
