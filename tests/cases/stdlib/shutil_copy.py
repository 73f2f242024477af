# shutil: copyfileobj, copyfile/copymode/copystat/copy/copy2 (symlinks, errors),
# copytree (ignore, ignore_patterns, dirs_exist_ok, symlinks, dangling links, error
# lists) on a scratch tree; paths printed relative.
import os
import shutil
import stat

SCR = "_scratch_shutil_copy"


def mk(path, data="", mode=None):
    with open(path, "w") as f:
        f.write(data)
    if mode is not None:
        os.chmod(path, mode)


def read(path):
    with open(path) as f:
        return f.read()


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(dirs + files):
            p = os.path.join(root, name)
            kind = "L" if os.path.islink(p) else ("D" if os.path.isdir(p) else "F")
            extra = ""
            if kind == "L":
                extra = "->" + os.readlink(p)
            elif kind == "F":
                extra = repr(read(p))
            out.append("%s %s %s" % (kind, os.path.relpath(p, top), extra))
    return out


def err(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print(fn.__name__, "->", repr(r))
    except Exception as e:
        print(fn.__name__, "!!", type(e).__name__, e)


print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error),
      issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ExecError, OSError),
      shutil.COPY_BUFSIZE)

if os.path.lexists(SCR):
    shutil.rmtree(SCR)
os.mkdir(SCR)
base = os.getcwd()
os.chdir(SCR)
try:
    mk("src.txt", "line one\nline two\n" * 50, 0o640)
    os.utime("src.txt", ns=(1500000000123456789, 1600000000987654321))

    # copyfileobj
    with open("src.txt", "rb") as fs, open("cfo.bin", "wb") as fd:
        shutil.copyfileobj(fs, fd, 7)
    print(read("cfo.bin") == read("src.txt"))
    with open("src.txt", "rb") as fs, open("cfo2.bin", "wb") as fd:
        fs.read(5)
        shutil.copyfileobj(fs, fd)
    print(os.path.getsize("cfo2.bin"))

    # copyfile
    print(shutil.copyfile("src.txt", "dst.txt"), read("dst.txt") == read("src.txt"),
          oct(stat.S_IMODE(os.stat("dst.txt").st_mode)) == oct(stat.S_IMODE(os.stat("src.txt").st_mode)))
    os.mkdir("dir")
    os.symlink("src.txt", "link.txt")
    os.symlink("missing", "dangling")
    err(shutil.copyfile, "src.txt", "src.txt")
    err(shutil.copyfile, "src.txt", "link.txt")
    err(shutil.copyfile, b"src.txt", b"./src.txt")
    err(shutil.copyfile, "missing", "x")
    err(shutil.copyfile, "src.txt", "dir")
    err(shutil.copyfile, "src.txt", "nodir/x")
    err(shutil.copyfile, "src.txt", "nodir/")
    err(shutil.copyfile, "dir", "y")
    err(shutil.copyfile, "link.txt", "lcopy", follow_symlinks=False)
    print(os.path.islink("lcopy"), os.readlink("lcopy"))
    err(shutil.copyfile, "link.txt", "lcopy2")
    print(os.path.islink("lcopy2"), read("lcopy2") == read("src.txt"))
    err(shutil.copyfile, "dangling", "dcopy", follow_symlinks=False)
    print(os.path.islink("dcopy"), os.readlink("dcopy"))
    err(shutil.copyfile, "dangling", "dcopy2")

    # copymode / copystat
    mk("m.txt", "m", 0o600)
    shutil.copymode("src.txt", "m.txt")
    print(oct(stat.S_IMODE(os.stat("m.txt").st_mode)))
    err(shutil.copymode, "missing", "m.txt")
    err(shutil.copymode, "src.txt", "missing")
    mk("s.txt", "s", 0o644)
    shutil.copystat("src.txt", "s.txt")
    st = os.stat("s.txt")
    print(oct(stat.S_IMODE(st.st_mode)), st.st_mtime_ns, read("s.txt"))
    err(shutil.copystat, "missing", "s.txt")
    shutil.copystat("src.txt", "dir")
    print(oct(stat.S_IMODE(os.stat("dir").st_mode)), os.stat("dir").st_mtime_ns)
    os.chmod("dir", 0o755)
    os.symlink("s.txt", "link2")
    shutil.copystat("link.txt", "link2", follow_symlinks=False)
    print(os.stat("s.txt").st_mtime_ns)

    # copy / copy2
    print(shutil.copy("src.txt", "c1.txt"), oct(stat.S_IMODE(os.stat("c1.txt").st_mode)),
          os.stat("c1.txt").st_mtime_ns == os.stat("src.txt").st_mtime_ns)
    print(shutil.copy("src.txt", "dir"), os.path.exists("dir/src.txt"))
    print(shutil.copy2("src.txt", "c2.txt"), oct(stat.S_IMODE(os.stat("c2.txt").st_mode)),
          os.stat("c2.txt").st_mtime_ns)
    print(shutil.copy2(b"src.txt", b"dir/c2b.txt"), os.stat("dir/c2b.txt").st_mtime_ns)
    print(shutil.copy2("link.txt", "c3", follow_symlinks=False), os.path.islink("c3"))
    err(shutil.copy, "src.txt", "src.txt")
    err(shutil.copy2, "missing", "dir")

    # copytree
    os.makedirs("t/a/b")
    os.makedirs("t/empty")
    mk("t/top.txt", "top")
    mk("t/a/x.py", "x")
    mk("t/a/x.pyc", "compiled")
    mk("t/a/b/deep.txt", "deep", 0o600)
    os.symlink("top.txt", "t/ltop")
    os.symlink("a", "t/la")
    os.utime("t/a/b/deep.txt", ns=(10**18, 10**18 + 5))
    print(shutil.copytree("t", "t1"))
    print(tree("t1"))
    print(oct(stat.S_IMODE(os.stat("t1/a/b/deep.txt").st_mode)),
          os.stat("t1/a/b/deep.txt").st_mtime_ns)
    print(shutil.copytree("t", "t2", symlinks=True) == "t2", tree("t2"))
    seen = []

    def ign(path, names):
        seen.append((path, sorted(names)))
        return {"x.pyc", "empty"}

    shutil.copytree("t", "t3", ignore=ign)
    print(sorted(seen), tree("t3"))
    shutil.copytree("t", "t4", ignore=shutil.ignore_patterns("*.pyc", "l*", "b"))
    print(tree("t4"))
    print(sorted(shutil.ignore_patterns("*.py", "?op*")("x", ["a.py", "top.txt", "b.pyc", "stop"])))
    err(shutil.copytree, "t", "t1")
    mk("t1/top.txt", "old")
    shutil.copytree("t", "t1", dirs_exist_ok=True)
    print(read("t1/top.txt"))
    err(shutil.copytree, "missing", "t5")
    err(shutil.copytree, "src.txt", "t6")
    print(os.path.exists("t6"))
    calls = []

    def mycopy(s, d):
        calls.append((type(s).__name__, s, d))
        return shutil.copy(s, d)

    shutil.copytree("t/a", "t7", copy_function=mycopy)
    print(sorted(calls))
    # dangling symlinks in the tree
    os.makedirs("u/sub")
    mk("u/ok.txt", "ok")
    os.symlink("gone", "u/bad")
    os.symlink("gone2", "u/sub/bad2")
    try:
        shutil.copytree("u", "u1")
    except shutil.Error as e:
        print("Error", sorted((s, d, m) for s, d, m in e.args[0]))
    print(tree("u1"))
    shutil.copytree("u", "u2", ignore_dangling_symlinks=True)
    print(tree("u2"))
    shutil.copytree("u", "u3", symlinks=True)
    print(tree("u3"))
finally:
    os.chdir(base)
    shutil.rmtree(SCR)
print(os.path.exists(SCR))
