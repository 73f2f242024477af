# os.path functions that query the file system: exists/lexists/isfile/isdir/islink,
# ismount, getsize/get*time, samefile/sameopenfile/samestat, abspath/relpath against
# the cwd, and realpath through symlinks (chains, '..', loops, strict=).
import os
import os.path
import posixpath

print(os.path is posixpath, os.path.__name__)

SCR = "_scratch_ospath_fs"
if os.path.lexists(SCR):
    import shutil
    shutil.rmtree(SCR)
os.mkdir(SCR)
base = os.getcwd()
os.chdir(SCR)
try:
    os.mkdir("d")
    os.mkdir("d/sub")
    with open("f.txt", "w") as f:
        f.write("hello world\n")
    with open("d/g", "wb") as f:
        f.write(b"x" * 1000)
    os.symlink("f.txt", "lf")
    os.symlink("d", "ld")
    os.symlink("nowhere", "dangling")
    os.symlink("loop2", "loop1")
    os.symlink("loop1", "loop2")
    os.symlink("self", "self")
    os.symlink("d/sub/..", "ldup")
    os.symlink("lf", "llf")
    os.symlink("../f.txt", "d/up")
    os.symlink(os.path.join(os.getcwd(), "d"), "absd")

    names = ["f.txt", "d", "d/sub", "d/g", "lf", "ld", "dangling", "loop1", "self",
             "ldup", "llf", "d/up", "absd", "missing", "f.txt/x", "", ".", "..", "ld/g",
             "ld/sub/../g", "d/up/x"]
    for n in names:
        print(repr(n), [int(fn(n)) for fn in (os.path.exists, os.path.lexists,
                                              os.path.isfile, os.path.isdir,
                                              os.path.islink, os.path.ismount,
                                              os.path.isjunction)])
        print("  bytes", [int(fn(n.encode())) for fn in (os.path.exists, os.path.lexists,
                                                       os.path.isfile, os.path.isdir,
                                                       os.path.islink)])
    for bad in [None, 1.5, "a\x00b", b"a\x00b"]:
        print(repr(bad), [fn(bad) for fn in (os.path.exists, os.path.lexists,
                                             os.path.isfile, os.path.isdir,
                                             os.path.islink, os.path.ismount)]
              if not isinstance(bad, (type(None), float)) else "-")
    print(os.path.ismount("/"), os.path.ismount(b"/"), os.path.ismount("/proc"),
          os.path.ismount("/nonexistent_molt"))

    print(os.path.getsize("f.txt"), os.path.getsize("d/g"), os.path.getsize("lf"))
    st = os.stat("f.txt")
    print(os.path.getmtime("f.txt") == st.st_mtime, os.path.getatime("f.txt") == st.st_atime,
          os.path.getctime("f.txt") == st.st_ctime, type(os.path.getmtime("f.txt")).__name__)
    os.utime("f.txt", (1000000000, 1200000000))
    print(os.path.getatime("f.txt"), os.path.getmtime("f.txt"))
    for fn in (os.path.getsize, os.path.getmtime):
        try:
            fn("missing")
        except OSError as e:
            print(fn.__name__, type(e).__name__, e.errno, e.filename)

    print(os.path.samefile("f.txt", "lf"), os.path.samefile("f.txt", "d/g"),
          os.path.samefile("d", "ld"), os.path.samefile(b"f.txt", "llf"))
    try:
        os.path.samefile("f.txt", "missing")
    except FileNotFoundError as e:
        print("samefile", e.filename)
    print(os.path.samestat(os.stat("f.txt"), os.stat("lf")),
          os.path.samestat(os.stat("f.txt"), os.lstat("lf")))
    fd1 = os.open("f.txt", os.O_RDONLY)
    fd2 = os.open("lf", os.O_RDONLY)
    fd3 = os.open("d/g", os.O_RDONLY)
    print(os.path.sameopenfile(fd1, fd2), os.path.sameopenfile(fd1, fd3))
    for fd in (fd1, fd2, fd3):
        os.close(fd)

    cwd = os.path.realpath(os.getcwd())
    cwdb = os.fsencode(cwd)

    def rel(p):
        # Show a path relative to the scratch dir (or as is if outside it).
        if isinstance(p, bytes):
            return b"<cwd>" + p[len(cwdb):] if p.startswith(cwdb) else p
        return "<cwd>" + p[len(cwd):] if p.startswith(cwd) else p

    for p in ["f.txt", "d/../f.txt", ".", "", "x/y/../z", b"d", b"", "/abs/./x"]:
        print("abspath", repr(p), repr(rel(os.path.abspath(p))))
    for label, args in [("d/g", ("d/g",)), ("d/g d", ("d/g", "d")),
                        ("f.txt d/sub", ("f.txt", "d/sub")),
                        ("<cwd>/d d/sub", (cwd + "/d", "d/sub")),
                        ("d <cwd>", ("d", cwd)), ("b d/g d/sub", (b"d/g", b"d/sub")),
                        (". ", (".",)), ("<cwdb>/d/g b.", (cwdb + b"/d/g", b"."))]:
        print("relpath", label, repr(os.path.relpath(*args)))
    print(os.path.relpath("..", "d") == os.path.join("..", ".."))

    for p in ["f.txt", "lf", "llf", "ld", "ld/g", "ld/sub/..", "ldup", "ldup/f.txt",
              "d/up", "absd/sub", "dangling", "dangling/x", "loop1", "loop1/x", "self",
              "missing/../f.txt", "d/sub/../../lf", "/", "//", ".", "", b"lf", b"ld/g",
              "ld/../f.txt", "d/up/../d"]:
        print("realpath", repr(p), repr(rel(os.path.realpath(p))))
    for p in ["lf", "ld/g", "missing", "dangling", "loop1", "self", "f.txt/x", "d/up"]:
        try:
            print("strict", repr(p), repr(rel(os.path.realpath(p, strict=True))))
        except OSError as e:
            print("strict", repr(p), type(e).__name__, e.errno, rel(e.filename))
    print(os.path.realpath(cwd + "/ld") == cwd + "/d")
finally:
    os.chdir(base)
    import shutil
    shutil.rmtree(SCR)
print(os.path.exists(SCR))
