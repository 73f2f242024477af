# sys.stdout / sys.stderr / sys.stdin attributes and the binary buffer, in order with text.
import sys

sys.stdout.write("text 1\n")
sys.stdout.buffer.write(b"bytes 2\n")
sys.stdout.flush()
print("text 3")
sys.stdout.buffer.write("é\n".encode("utf-8"))
sys.stdout.buffer.flush()
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdout.name, sys.stderr.name)
print(sys.stdout.isatty(), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.writable())
print(sys.stdout.mode, sys.stdout.closed, sys.stdout.buffer.mode)
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout.write("xyz\n"))
for bad in (5, b"b", None):
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    sys.stdout.buffer.write("s")
except TypeError as e:
    print("TypeError", e)
print(sys.stdin.read(), sys.stdin.readable(), sys.stdin.name)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.releaselevel)
print(sys.hexversion == 0x030C01F0, sys.implementation.name in ("cpython", "molt"))
print(type(sys.getsizeof([])).__name__, sys.getrefcount(sys) > 0)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.dont_write_bytecode in (True, False))
