# Closing sys.stdout: later print() raises ValueError, the fd stays open (closefd=False) so
# os.write(1) still works; print() with sys.stdout = None does nothing. The last stderr line
# and the exit status (0: a closed stdout is not an error at exit) are compared.
import os
import sys

print('before close')
out = sys.stdout
raw = getattr(out.buffer, 'raw', out.buffer)
sys.stdout.close()
print('closed', out.closed, out.buffer.closed, raw.closed, file=sys.stderr)
try:
    print('after close')
except ValueError as e:
    os.write(1, ('print after close: %s: %s\n' % (type(e).__name__, e)).encode())
try:
    out.fileno()
except ValueError as e:
    os.write(1, ('fileno: %s: %s\n' % (type(e).__name__, e)).encode())
os.write(1, b'fd 1 still open\n')
sys.stdout = None
print('goes nowhere')
sys.stdout = sys.__stdout__
try:
    sys.stdout.write('x')
except ValueError as e:
    os.write(1, ('__stdout__ is the closed one: %s\n' % e).encode())
print('stderr still works', file=sys.stderr)
