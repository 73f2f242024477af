# OSError attributes and its str() forms.
forms = [(), ("plain",), (2,), (2, "No such file"), (2, "No such file", "a.txt"),
         (2, "No such file", "a.txt", None, "b.txt"), (13, "Denied", None, None, "dst"),
         ("a", "b", "c"), (1, 2, 3, 4, 5, 6), (2, "x", b"bytes.txt"), (2, "x", 5)]
for args in forms:
    e = OSError(*args)
    print(args)
    print("   ", type(e).__name__, repr(str(e)), e.args)
    print("   ", e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, "No such file", "f")
print(repr(e))
e.errno = 99
e.strerror = "changed"
e.filename = "g"
print(e, e.args)
e2 = PermissionError("just a message")
print(e2.errno, e2.strerror, str(e2))
e3 = FileExistsError(17, "File exists", "dir", 0, "other")
print(e3, e3.characters_written if hasattr(e3, "characters_written") else "-")
b = BlockingIOError(11, "would block", 7)
print(b.characters_written, b)
try:
    OSError().characters_written
except AttributeError as x:
    print(type(x).__name__, x)
print(TimeoutError().errno, str(TimeoutError("t")))
