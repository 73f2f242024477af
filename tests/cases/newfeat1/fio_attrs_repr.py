# File object attributes and reprs
P = "/tmp/molt_tests_newfeat1_attrs.txt"
with open(P, "w", encoding="utf-8") as f:
    print(repr(f))
    print(f.name, f.mode, f.encoding, f.errors, f.closed, f.line_buffering)
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
    print(type(f).__name__)
    f.write("abc")
print(repr(f))
print(f.closed, f.name, f.mode)

with open(P, encoding="latin-1", errors="replace") as f:
    print(repr(f))
    print(f.encoding, f.errors, f.newlines)

with open(P, "rb") as f:
    print(repr(f))
    print(type(f).__name__, f.name, f.mode, f.closed)
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
    print(hasattr(f, "encoding"))
    print(type(f.raw).__name__, f.raw.mode)

with open(P, "wb") as f:
    print(repr(f), type(f).__name__)
with open(P, "r+b") as f:
    print(repr(f), type(f).__name__)
with open(P, "ab") as f:
    print(repr(f))
with open(P, "a", encoding="ascii") as f:
    print(repr(f))
with open(P, "rb", buffering=0) as f:
    print(repr(f), type(f).__name__, f.mode)

with open(P, "r", encoding="utf-8") as f:
    print(type(f.buffer).__name__, f.buffer.name == P)
    print(f.fileno() >= 3)
    try:
        f.name = "other"
    except AttributeError as e:
        print(type(e).__name__, e)
    print(f.__enter__() is f)
    print(iter(f) is f)
    print(callable(f.__exit__), f.__exit__(None, None, None), f.closed)

for fobj in (open(P), open(P, "rb")):
    with fobj:
        print(fobj.closed, end=" ")
    print(fobj.closed)
