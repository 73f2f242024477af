# tempfile: mkstemp/mkdtemp/mktemp names and modes, gettempdir with TMPDIR,
# NamedTemporaryFile (delete, delete_on_close), TemporaryFile, SpooledTemporaryFile
# rollover, TemporaryDirectory. Random names are checked for shape, never printed.
import io
import os
import shutil
import stat
import tempfile

SCR = "_scratch_tempfile_basic"
CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_")

if os.path.lexists(SCR):
    shutil.rmtree(SCR)
os.mkdir(SCR)
ABS = os.path.realpath(SCR)
ABSB = os.fsencode(ABS)


def shape(path, prefix="tmp", suffix="", where=ABS):
    """Describe a generated path: where it is and whether its random part has the
    right shape; the random characters are replaced by X."""
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    d, name = os.path.split(path)
    loc = "<scr>" if d == where else ("<cwd-scr-rel>" if d == SCR else "<elsewhere>")
    ok = name.startswith(prefix) and name.endswith(suffix)
    middle = name[len(prefix):len(name) - len(suffix)]
    ok = ok and len(middle) == 8 and set(middle) <= CHARS
    return "%s/%s%s%s %s" % (loc, prefix, "X" * len(middle), suffix, "ok" if ok else "BAD")


print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template,
      tempfile.TMP_MAX, sorted(tempfile.__all__))
print(tempfile.tempdir)
os.environ["TMPDIR"] = ABS
print(tempfile.gettempdir() == ABS, tempfile.gettempdirb() == ABSB, tempfile.tempdir == ABS)
os.environ["TMPDIR"] = "/nonexistent"
print(tempfile.gettempdir() == ABS)   # cached in tempfile.tempdir

try:
    # mkstemp
    fd, name = tempfile.mkstemp()
    print(type(fd).__name__, shape(name), oct(stat.S_IMODE(os.stat(name).st_mode)),
          os.path.isabs(name))
    print(os.write(fd, b"data"), os.path.getsize(name))
    os.close(fd)
    os.unlink(name)
    fd, name = tempfile.mkstemp(suffix=".txt", prefix="pre_", dir=SCR, text=True)
    print(shape(name, "pre_", ".txt"))
    os.close(fd)
    os.unlink(name)
    fd, name = tempfile.mkstemp(suffix=b".b", dir=ABSB)
    print(type(name).__name__, shape(name, "tmp", ".b"))
    os.close(fd)
    os.unlink(name)
    fd, name = tempfile.mkstemp(prefix=b"")
    print(type(name).__name__, shape(name, ""))
    os.close(fd)
    os.unlink(name)
    for kw in [dict(prefix="a", suffix=b"b"), dict(dir=b".", prefix="x"), dict(prefix=1),
               dict(dir=os.path.join(SCR, "missing"))]:
        try:
            tempfile.mkstemp(**kw)
        except Exception as e:
            print(type(e).__name__, e.errno if isinstance(e, OSError) else e)
    names = set()
    for i in range(40):
        fd, name = tempfile.mkstemp()
        os.close(fd)
        names.add(name)
    print(len(names))
    for n in names:
        os.unlink(n)
    print(os.listdir(SCR))

    # mkdtemp / mktemp
    d = tempfile.mkdtemp()
    print(shape(d), oct(stat.S_IMODE(os.stat(d).st_mode)), os.path.isdir(d))
    os.rmdir(d)
    d = tempfile.mkdtemp(suffix="-s", prefix="p-", dir=SCR)
    print(shape(d, "p-", "-s"), os.path.isabs(d))
    os.rmdir(d)
    d = tempfile.mkdtemp(dir=ABSB)
    print(type(d).__name__, shape(d))
    os.rmdir(d)
    m = tempfile.mktemp(dir=SCR)
    print(shape(m), os.path.exists(m))
    m = tempfile.mktemp(".x", "q")
    print(shape(m, "q", ".x"), os.path.exists(m))

    # NamedTemporaryFile
    f = tempfile.NamedTemporaryFile()
    print(type(f).__name__, shape(f.name), os.path.exists(f.name), f.name == f.file.name)
    print(f.write(b"hello\nworld\n"), f.seek(0), f.read(), f.closed, f.mode)
    f.seek(0)
    print(list(f), f.tell())
    print(f.readline(), f.delete if False else "")
    name = f.name
    f.close()
    print(f.closed, os.path.exists(name))
    f.close()
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", prefix="nt", dir=SCR) as f:
        print(shape(f.name, "nt", ".txt"), f.mode, f.encoding)
        f.write("text\n")
        f.seek(0)
        print(repr(f.read()))
        name = f.name
    print(f.closed, os.path.exists(name))
    f = tempfile.NamedTemporaryFile(delete=False)
    f.write(b"kept")
    f.close()
    print(os.path.exists(f.name), open(f.name, "rb").read())
    os.unlink(f.name)
    with tempfile.NamedTemporaryFile(delete_on_close=False) as f:
        f.write(b"abc")
        f.close()
        print("closed", f.closed, os.path.exists(f.name), open(f.name, "rb").read())
    print("after with", os.path.exists(f.name))
    with tempfile.NamedTemporaryFile(delete=False, delete_on_close=False) as g:
        pass
    print(os.path.exists(g.name))
    os.unlink(g.name)
    with tempfile.NamedTemporaryFile() as f:
        print(f.__enter__ is not None, os.path.exists(f.name))
        os.unlink(f.name)   # removing it early is fine
    print(os.path.exists(f.name))
    f = tempfile.NamedTemporaryFile(suffix=b".bin")
    print(type(f.name).__name__, shape(f.name, "tmp", ".bin"))
    f.close()
    try:
        with tempfile.NamedTemporaryFile() as f:
            name = f.name
            raise KeyError("boom")
    except KeyError as e:
        print("KeyError", e, os.path.exists(name))

    # TemporaryFile
    t = tempfile.TemporaryFile()
    print(t.write(b"abc"), t.seek(0), t.read(), os.listdir(SCR))
    t.close()
    with tempfile.TemporaryFile("w+") as t:
        t.write("x\ny\n")
        t.seek(0)
        print(t.readlines(), t.mode)
    print(t.closed)

    # SpooledTemporaryFile
    s = tempfile.SpooledTemporaryFile(max_size=10)
    print(isinstance(s, io.IOBase), s.name, s.mode, s.closed, s._rolled)
    print(s.write(b"12345"), s._rolled, s.tell())
    print(s.write(b"67890"), s._rolled)
    print(s.write(b"X"), s._rolled, s.name is None, s.mode, s.tell(), os.listdir(SCR))
    s.seek(0)
    print(s.read(), s.readable(), s.writable(), s.seekable())
    s.close()
    print(s.closed)
    try:
        with s:
            pass
    except ValueError as e:
        print("ValueError", e)
    s = tempfile.SpooledTemporaryFile()
    s.write(b"x" * 100000)
    print(s._rolled, s.tell())
    s.rollover()
    print(s._rolled, s.tell())
    s.seek(0)
    print(len(s.read()))
    s.close()
    with tempfile.SpooledTemporaryFile(5, mode="w+") as s:
        print(s.mode, s.encoding, s.errors, s.newlines, s.name)
        s.write("ab\n")
        s.writelines(["cd\n", "ef\n"])
        print(s._rolled)
        s.seek(0)
        print(list(s))
    print(s.closed)
    s = tempfile.SpooledTemporaryFile(100)
    s.write(b"abcdef")
    s.truncate(3)
    s.seek(0)
    print(s.read(), s._rolled)
    s.truncate(200)
    print(s._rolled, s.tell())
    s.close()
    s = tempfile.SpooledTemporaryFile(100, "w+")
    s.write("line1\nline2\n")
    s.seek(0)
    print(repr(s.readline()), s.readlines(), repr(s.read()), repr(s.newlines))
    s.rollover()
    s.seek(0)
    print(s.read(5), s.tell())
    s.close()
    print(tempfile.SpooledTemporaryFile[bytes])

    # TemporaryDirectory
    td = tempfile.TemporaryDirectory()
    print(repr(td).replace(td.name, "NAME"), shape(td.name), os.path.isdir(td.name))
    os.makedirs(os.path.join(td.name, "a", "b"))
    with open(os.path.join(td.name, "a", "f"), "w") as fh:
        fh.write("x")
    os.symlink("/", os.path.join(td.name, "root_link"))
    td.cleanup()
    print(os.path.exists(td.name), os.path.exists("/"))
    td.cleanup()
    with tempfile.TemporaryDirectory(suffix="_s", prefix="p_", dir=SCR) as name:
        print(shape(name, "p_", "_s"), os.path.isdir(name), type(name).__name__)
    print(os.path.exists(name))
    with tempfile.TemporaryDirectory(delete=False) as name:
        pass
    print(os.path.exists(name))
    shutil.rmtree(name)
    with tempfile.TemporaryDirectory(dir=ABSB) as name:
        print(type(name).__name__, shape(name))
    td = tempfile.TemporaryDirectory(ignore_cleanup_errors=True)
    shutil.rmtree(td.name)
    td.cleanup()
    print(os.path.exists(td.name))
    with tempfile.TemporaryDirectory() as name:
        os.rmdir(name)
    print(tempfile.TemporaryDirectory[str])
    print(os.listdir(SCR))
finally:
    shutil.rmtree(SCR)
print(os.path.exists(SCR))
