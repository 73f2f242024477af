# os: files, directories, stat, scandir, walk, environ, errors (in a scratch directory).
import os
import stat

root = "_scratch_os_basic"
if os.path.exists(root):
    for dirpath, dirs, files in os.walk(root, topdown=False):
        for f in files:
            os.remove(os.path.join(dirpath, f))
        for d in dirs:
            os.rmdir(os.path.join(dirpath, d))
    os.rmdir(root)

os.mkdir(root)
os.makedirs(os.path.join(root, "a", "b", "c"))
os.makedirs(os.path.join(root, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(root, "a"))
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(os.path.join(root, "a", "f.txt"), "w") as f:
    f.write("hello\n")
with open(os.path.join(root, "a", "b", "g.bin"), "wb") as f:
    f.write(b"\x00" * 10)
st = os.stat(os.path.join(root, "a", "f.txt"))
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(root).st_mode))
print(type(st).__name__, len(st), st[6] == st.st_size, isinstance(st.st_mtime, float))
print(st.st_mtime_ns // 10**9 == int(st.st_mtime))
print(sorted(os.listdir(os.path.join(root, "a"))))
print(sorted(os.listdir(os.path.join(root, "a").encode())))
entries = sorted(os.scandir(os.path.join(root, "a")), key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
print(repr(entries[0]), os.fspath(entries[0]) == entries[0].path)
with os.scandir(root) as it:
    print([e.name for e in it])
for dirpath, dirs, files in os.walk(root):
    dirs.sort()
    print(dirpath, dirs, sorted(files))
print([d for d, _, _ in os.walk(root, topdown=False)])
os.rename(os.path.join(root, "a", "f.txt"), os.path.join(root, "a", "h.txt"))
os.replace(os.path.join(root, "a", "h.txt"), os.path.join(root, "h.txt"))
print(sorted(os.listdir(root)))
os.symlink("h.txt", os.path.join(root, "link"))
print(os.readlink(os.path.join(root, "link")), os.path.islink(os.path.join(root, "link")))
print(os.lstat(os.path.join(root, "link")).st_size == len("h.txt"))
for bad in ("missing", os.path.join("missing", "x")):
    try:
        os.stat(os.path.join(root, bad))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename.endswith(bad))
try:
    os.rmdir(os.path.join(root, "a"))
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    os.remove(os.path.join(root, "a"))
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    os.stat(1.5)
except TypeError as e:
    print("TypeError", e)
os.environ["MOLT_TEST_VAR"] = "value"
print(os.environ["MOLT_TEST_VAR"], os.getenv("MOLT_TEST_VAR"), "MOLT_TEST_VAR" in os.environ)
del os.environ["MOLT_TEST_VAR"]
print(os.getenv("MOLT_TEST_VAR", "gone"), os.environ.get("MOLT_TEST_VAR"))
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
print(os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.devnull, os.name)
print(os.fspath("p"), os.fspath(b"p"))


class P:
    def __fspath__(self):
        return root


print(os.path.isdir(P()), isinstance(P(), os.PathLike), issubclass(str, os.PathLike))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError", e)
fd = os.open(os.path.join(root, "raw.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"abcdef"))
os.close(fd)
fd = os.open(os.path.join(root, "raw.bin"), os.O_RDONLY)
print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_END), os.read(fd, 3))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
print(len(os.urandom(16)), os.getpid() > 0, os.cpu_count() >= 1, os.getcwd() == os.path.abspath("."))
print(os.strerror(2), os.get_exec_path(env={"PATH": "/a:/b"}))
print(os.waitstatus_to_exitcode(0x0100), os.WEXITSTATUS(0x0300), os.WIFEXITED(0))
for dirpath, dirs, files in os.walk(root, topdown=False):
    for f in files:
        os.remove(os.path.join(dirpath, f))
    for d in dirs:
        p = os.path.join(dirpath, d)
        if os.path.islink(p):
            os.remove(p)
        else:
            os.rmdir(p)
os.rmdir(root)
print(os.path.exists(root))
