# sys.stdin / sys.stdout / sys.stderr as real TextIOWrapper objects: types, reprs, names, modes,
# encodings and errors (the harness sets PYTHONIOENCODING=utf-8, stdin is /dev/null, stdout and
# stderr are pipes), file descriptors, the binary layers underneath, and print() interleaved with
# sys.stdout.buffer.write(). The last line goes to stderr (it is compared via the .status file).
import io
import os
import sys

streams = [('stdin', sys.stdin), ('stdout', sys.stdout), ('stderr', sys.stderr)]
for name, s in streams:
    print(name, type(s).__module__, type(s).__name__, repr(s))
    print('  name', repr(s.name), 'mode', s.mode, 'encoding', s.encoding, 'errors', s.errors)
    print('  fileno', s.fileno(), 'isatty', s.isatty(), 'closed', s.closed)
    print('  readable', s.readable(), 'writable', s.writable())
    print('  isinstance', isinstance(s, io.TextIOWrapper), isinstance(s, io.TextIOBase))
    print('  newlines', s.newlines, 'buffer is buffer', s.buffer is s.buffer)
    # with PYTHONUNBUFFERED set, stdout/stderr .buffer is the FileIO itself; otherwise a buffered
    # object whose .raw is the FileIO (see std_streams_buffering.py)
    b = s.buffer
    raw = getattr(b, 'raw', b)
    print('  buffer', isinstance(b, (io.BufferedIOBase, io.RawIOBase)), repr(b.name), b.mode)
    print('  raw', type(raw).__name__, repr(raw), raw.closefd, raw.fileno())
print('stdin buffer type', type(sys.stdin.buffer).__name__)
print('stdin seekable (/dev/null)', sys.stdin.seekable(), 'stdout seekable (pipe)', sys.stdout.seekable())
print('dunder streams', sys.__stdin__ is sys.stdin, sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
print('stdout line_buffering (pipe)', sys.stdout.line_buffering)

# writes
print('write returns', sys.stdout.write('written\n'))
print('write non-ascii returns', sys.stdout.write('é€🐍\n'))
sys.stdout.writelines(['writelines 1\n', 'writelines 2\n'])
print('print', 'sep', sep='|', end='|end\n')
print(file=sys.stdout)
print('crlf kept:', end=' ')
sys.stdout.write('a\r\nb\n')
sys.stdout.flush()
print('buffer write returns', sys.stdout.buffer.write(b'raw bytes \xc3\xa9\n'))
sys.stdout.buffer.flush()
print('after buffer write')
sys.stdout.flush()
sys.stdout.buffer.write(b'invalid utf-8 passes through: \xff\xfe\n')
sys.stdout.buffer.flush()
try:
    sys.stdout.write('lone surrogate \udc80\n')
except UnicodeEncodeError as e:
    print('stdout strict:', type(e).__name__, e)
sys.stdout.flush()
os.write(1, b'os.write(1) after flush\n')
print('flush returns', sys.stdout.flush())

# the streams cannot do what their mode forbids
for label, fn in [('stdin write', lambda: sys.stdin.write('x')),
                  ('stdout read', lambda: sys.stdout.read()),
                  ('stdout readline', lambda: sys.stdout.readline()),
                  ('stdout tell (pipe)', lambda: sys.stdout.tell()),
                  ('stdout seek (pipe)', lambda: sys.stdout.seek(0)),
                  ('stdout write bytes', lambda: sys.stdout.write(b'x')),
                  ('stdout buffer write str', lambda: sys.stdout.buffer.write('x'))]:
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

# replacing sys.stdout and restoring it
saved = sys.stdout
sys.stdout = io.StringIO()
print('captured')
captured = sys.stdout.getvalue()
sys.stdout = saved
print('captured text', repr(captured), sys.stdout is sys.__stdout__)

# stderr: errors='backslashreplace'; this is the last line of stderr
sys.stderr.write('stderr last line \udc80 é\n')
sys.stdout.write('no newline at the end')
