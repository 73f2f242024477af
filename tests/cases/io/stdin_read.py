# Reading sys.stdin after pointing fd 0 at a pipe with os.dup2: input(), sys.stdin.readline(),
# read(n), iteration, read(), input() raising EOFError at the end; then a second pipe on fd 0
# is read by the same sys.stdin after EOF; sys.stdin.buffer and .buffer.raw read bytes.
import os
import sys


def feed(data):
    r, w = os.pipe()
    os.write(w, data)
    os.close(w)
    os.dup2(r, 0)
    os.close(r)


print('stdin before', sys.stdin.name, sys.stdin.mode, sys.stdin.fileno(), repr(sys.stdin.read()))
feed('first line\nsecond é line\nthird\r\nfourth\nfifth\nsixth\nseventh\n\nlast without newline'.encode('utf-8'))
print('input', repr(input()))
print('input with prompt', repr(input('prompt> ')))
print('readline', repr(sys.stdin.readline()))
print('read(3)', repr(sys.stdin.read(3)))
print('readline rest', repr(sys.stdin.readline()))
print('readline(2)', repr(sys.stdin.readline(2)))
for line in sys.stdin:
    print('iterated', repr(line))
    if line.startswith('six'):
        break
print('readlines', sys.stdin.readlines())
print('read at eof', repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input('no more> ')
except EOFError as e:
    print()
    print('EOFError', repr(str(e)))

# a new pipe on fd 0: the same sys.stdin reads on after EOF
feed(b'again 1\nagain 2\n')
print('after refeed', repr(sys.stdin.readline()), repr(input()))
try:
    input()
except EOFError as e:
    print('EOFError again', repr(str(e)))

# CPython creates sys.stdin with newline='\n' on POSIX: '\r\n' and '\r' are not translated
feed(b'dos\r\nmac\runix\n')
print('translated', sys.stdin.readlines(), sys.stdin.newlines)

# the binary layers
feed(b'bytes line\n\xff\xfe rest')
print('buffer readline', sys.stdin.buffer.readline())
print('buffer read', sys.stdin.buffer.read())
feed(b'raw data')
print('raw read', sys.stdin.buffer.raw.read(3), sys.stdin.buffer.raw.read(), sys.stdin.buffer.raw.read())

# invalid UTF-8 on stdin with errors='strict'
feed(b'bad \xff byte\n')
try:
    sys.stdin.readline()
except UnicodeDecodeError as e:
    print('decode error', type(e).__name__, e)

# input() with sys.stdin replaced by another object
import io
saved = sys.stdin
sys.stdin = io.StringIO('from StringIO\n')
print('replaced stdin', repr(input()))
sys.stdin = saved
feed(b'restored\n')
print('restored', repr(input()))
