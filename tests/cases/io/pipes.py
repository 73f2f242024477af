# File objects on pipes: os.fdopen on both ends of os.pipe(), text and binary, reading what was
# written after the writer closes; seekable() False, tell()/seek() raising OSError (ESPIPE),
# isatty False, raw reads returning short counts.
import errno
import io
import os


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except OSError as e:
        if e.errno is None:
            print(label, type(e).__name__, e)
        else:
            print(label, type(e).__name__, errno.errorcode.get(e.errno), e.strerror)
    except Exception as e:
        print(label, type(e).__name__, e)


# text over a pipe
r, w = os.pipe()
print('fds', r >= 3, w >= 3, r != w)
wf = os.fdopen(w, 'w', encoding='utf-8')
rf = os.fdopen(r, encoding='utf-8')
print('types', type(wf).__name__, type(wf.buffer).__name__, type(wf.buffer.raw).__name__,
      type(rf).__name__, type(rf.buffer).__name__, type(rf.buffer.raw).__name__)
print('modes', wf.mode, wf.buffer.mode, wf.buffer.raw.mode, rf.mode, rf.buffer.mode, rf.buffer.raw.mode)
print('names', wf.name == w, rf.name == r)
print('seekable', wf.seekable(), rf.seekable(), wf.buffer.seekable(), rf.buffer.raw.seekable())
print('readable/writable', rf.readable(), rf.writable(), wf.readable(), wf.writable())
print('isatty', rf.isatty(), wf.isatty())
attempt('tell on read end', rf.tell)
attempt('tell on write end', wf.tell)
attempt('raw tell', rf.buffer.raw.tell)
attempt('buffered tell', rf.buffer.tell)
attempt('seek on read end', lambda: rf.seek(0))
attempt('raw seek', lambda: rf.buffer.raw.seek(0))
attempt('buffered seek', lambda: rf.buffer.seek(0))
attempt('truncate', lambda: wf.truncate(0))
for i in range(3):
    wf.write('line %d é\n' % i)
print('print returns', print('printed line', file=wf))
wf.writelines(['no newline at end'])
wf.close()
print('writer closed', wf.closed)
print('readline', repr(rf.readline()))
print('readline(4)', repr(rf.readline(4)))
print('rest of lines', list(rf))
print('at eof', repr(rf.read()), repr(rf.readline()))
rf.close()
attempt('fd closed', lambda: os.fstat(r))

# binary over a pipe
r, w = os.pipe()
wb = os.fdopen(w, 'wb')
rb = os.fdopen(r, 'rb')
print('binary types', type(wb).__name__, type(rb).__name__)
wb.write(b'abc\ndef\n')
wb.flush()
print('read1 gets what is there', rb.read1(100))
wb.write(b'ghi\njkl')
wb.close()
print('readline', rb.readline())
print('read()', rb.read())
print('read() at eof', rb.read())
rb.close()

# raw FileIO on a pipe: short reads
r, w = os.pipe()
os.write(w, b'12345')
raw = io.FileIO(r, 'r')
print('raw read(100) short', raw.read(100))
os.write(w, b'678')
b = bytearray(10)
print('raw readinto short', raw.readinto(b), bytes(b[:3]))
os.close(w)
print('raw read at eof', raw.read(10), raw.readall())
raw.close()

# unbuffered write end
r, w = os.pipe()
wu = os.fdopen(w, 'wb', 0)
print('unbuffered type', type(wu).__name__, wu.write(b'now'))
print('visible at once', os.read(r, 10))
wu.close()
os.close(r)

# a buffered writer holds small writes until flush
r, w = os.pipe()
wf = open(w, 'w', encoding='ascii')
wf.write('held')
os.write(w, b'|')  # goes straight to the pipe, ahead of the buffered text
wf.flush()
print('after flush', os.read(r, 10))
wf.close()
os.close(r)

# line buffering on a pipe
r, w = os.pipe()
wf = open(w, 'w', buffering=1, encoding='ascii')
wf.write('one\ntwo')
print('line buffered', os.read(r, 100))
wf.close()
print('rest at close', os.read(r, 100))
os.close(r)

# the read end sees EOF only after every writer is closed
r, w = os.pipe()
w2 = os.dup(w)
os.write(w, b'a')
os.close(w)
os.write(w2, b'b')
os.close(w2)
with open(r, 'rb') as f:
    print('both writers', f.read())

# writing to a pipe whose read end is closed
r, w = os.pipe()
os.close(r)
import signal
if hasattr(signal, 'SIGPIPE'):
    print('SIGPIPE ignored', signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)
wf = os.fdopen(w, 'wb', 0)
attempt('write to closed pipe', lambda: wf.write(b'x'))
wf.close()
print('done')
