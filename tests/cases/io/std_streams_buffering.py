# Buffering of the standard streams, which CPython ties to the environment: normally stdout and
# stderr have a BufferedWriter under the TextIOWrapper and stderr is line buffered; with
# PYTHONUNBUFFERED set to a non-empty value (or -u) their .buffer is the FileIO itself,
# write_through is True and stderr is not line buffered. stdin is always a BufferedReader.
# Prints only whether each stream matches the rule for the current environment.
import io
import os
import sys

unbuffered = bool(os.environ.get('PYTHONUNBUFFERED'))


def describe(s):
    b = s.buffer
    return {
        'buffer': type(b).__name__,
        'raw': type(getattr(b, 'raw', b)).__name__,
        'line_buffering': s.line_buffering,
        'write_through': s.write_through,
    }


expected = {
    'stdin': {'buffer': 'BufferedReader', 'raw': 'FileIO', 'line_buffering': False,
              'write_through': unbuffered},
    'stdout': {'buffer': 'FileIO' if unbuffered else 'BufferedWriter', 'raw': 'FileIO',
               'line_buffering': False, 'write_through': unbuffered},
    'stderr': {'buffer': 'FileIO' if unbuffered else 'BufferedWriter', 'raw': 'FileIO',
               'line_buffering': not unbuffered, 'write_through': unbuffered},
}
for name in ['stdin', 'stdout', 'stderr']:
    got = describe(getattr(sys, name))
    for key in ['buffer', 'raw', 'line_buffering', 'write_through']:
        if got[key] == expected[name][key]:
            print(name, key, 'as CPython')
        else:
            print(name, key, 'got', got[key], 'CPython', expected[name][key])

# ordering between print() and os.write(1): when stdout is buffered, text waits for a flush;
# when unbuffered it is written at once. Either way, flushing first keeps the order.
print('before os.write', flush=True)
os.write(1, b'os.write\n')
print('after os.write')
sys.stdout.flush()

# small writes to sys.stdout.buffer (or the FileIO) reach the pipe after flush()
sys.stdout.buffer.write(b'via buffer\n')
sys.stdout.buffer.flush()
print('end')
