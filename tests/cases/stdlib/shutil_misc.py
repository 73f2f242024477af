# shutil: rmtree (errors, onexc/onerror callbacks, ignore_errors, symlinks), move
# (rename, into a directory, errors), which, get_terminal_size, disk_usage, chown
# argument checks; paths printed relative.
import os
import shutil
import stat
import sys

SCR = "_scratch_shutil_misc"


def mk(path, data="", mode=None):
    with open(path, "w") as f:
        f.write(data)
    if mode is not None:
        os.chmod(path, mode)


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(dirs + files):
            p = os.path.join(root, name)
            kind = "L" if os.path.islink(p) else ("D" if os.path.isdir(p) else "F")
            out.append(kind + " " + os.path.relpath(p, top))
    return out


def err(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print(fn.__name__, "->", repr(r))
    except Exception as e:
        print(fn.__name__, "!!", type(e).__name__, e)


def onexc(func, path, exc):
    print("  onexc", func.__name__, path, type(exc).__name__, exc)


def onerror(func, path, info):
    print("  onerror", func.__name__, path, info[0].__name__, info[1],
          info[2] is None or type(info[2]).__name__)


if os.path.lexists(SCR):
    shutil.rmtree(SCR)
os.mkdir(SCR)
base = os.getcwd()
os.chdir(SCR)
try:
    # rmtree
    os.makedirs("r/a/b/c")
    os.makedirs("r/e")
    mk("r/f")
    mk("r/a/g")
    mk("r/a/b/c/h")
    os.symlink("a", "r/la")
    os.symlink("nowhere", "r/dang")
    os.mkdir("keep")
    mk("keep/k")
    os.symlink("../keep", "r/lkeep")
    print(shutil.rmtree("r"), os.path.exists("r"), tree("keep"))
    mk("file")
    os.mkdir("d")
    os.symlink("d", "ld")
    os.symlink("nowhere", "dl")
    for target in ["missing", "file", "ld", "dl"]:
        err(shutil.rmtree, target)
        print(" with onexc:")
        shutil.rmtree(target, onexc=onexc)
        print(" with onerror:")
        shutil.rmtree(target, onerror=onerror)
        print(" with both:")
        shutil.rmtree(target, onerror=onerror, onexc=onexc)
        shutil.rmtree(target, ignore_errors=True)
        shutil.rmtree(target, True)
    print(os.path.exists("file"), os.path.exists("d"), os.path.lexists("ld"))
    os.makedirs(b"bt/x")
    shutil.rmtree(b"bt")
    print(os.path.exists("bt"))

    class P:
        def __fspath__(self):
            return "pt"

    os.makedirs("pt/q")
    shutil.rmtree(P())
    print(os.path.exists("pt"))
    err(shutil.rmtree, None)
    err(shutil.rmtree, "d", dir_fd=None)
    print(os.path.exists("d"))

    # move
    mk("m1", "one")
    print(shutil.move("m1", "m2"), os.path.exists("m1"), os.path.exists("m2"))
    os.mkdir("md")
    print(shutil.move("m2", "md"), os.path.exists("md/m2"))
    mk("m3", "three")
    mk("md/m3", "old")
    err(shutil.move, "m3", "md")
    print(shutil.move("m3", "md/m3"), open("md/m3").read())
    mk("m4")
    print(shutil.move("m4", "md/"), os.path.exists("md/m4"))
    os.makedirs("src/inner")
    mk("src/inner/z")
    print(shutil.move("src", "dst"), tree("dst"))
    os.mkdir("holder")
    print(shutil.move("dst", "holder"), tree("holder"))
    print(shutil.move("holder/dst/", "moved_slash"))
    err(shutil.move, "moved_slash", "moved_slash/sub")
    print(os.path.exists("moved_slash"))
    os.symlink("md", "lmd")
    print(shutil.move("lmd", "lmd2"), os.path.islink("lmd2"), os.readlink("lmd2"))
    err(shutil.move, "missing", "x")
    err(shutil.move, "md", "md")

    # which
    os.mkdir("bin1")
    os.mkdir("bin2")
    mk("bin1/tool", "#!/bin/sh\n", 0o755)
    mk("bin2/tool", "#!/bin/sh\n", 0o755)
    mk("bin1/noexec", "", 0o644)
    mk("bin2/noexec", "#!/bin/sh\n", 0o755)
    os.mkdir("bin1/dirtool")
    os.chmod("bin1/dirtool", 0o755)
    mk("bin2/dirtool", "#!/bin/sh\n", 0o755)
    path = os.pathsep.join(["bin1", "bin2", "bin1"])
    for cmd in ["tool", "noexec", "dirtool", "missing", "bin1/tool", "bin1/noexec",
                "./bin2/tool", b"tool"]:
        print("which", repr(cmd), repr(shutil.which(cmd, path=path)))
    print(repr(shutil.which("noexec", mode=os.F_OK, path=path)))
    print(repr(shutil.which("noexec", mode=os.R_OK, path="bin1")))
    print(repr(shutil.which("tool", path="")), repr(shutil.which("tool", path="nonexist")))
    saved = os.environ.get("PATH")
    os.environ["PATH"] = path
    print(repr(shutil.which("tool")), repr(shutil.which("noexec")))
    os.environ["PATH"] = ""
    print(repr(shutil.which("tool")))
    if saved is not None:
        os.environ["PATH"] = saved

    # get_terminal_size (stdout is not a terminal here)
    for k in ("COLUMNS", "LINES"):
        os.environ.pop(k, None)
    print(shutil.get_terminal_size(), shutil.get_terminal_size((100, 40)))
    os.environ["COLUMNS"] = "132"
    print(shutil.get_terminal_size())
    os.environ["LINES"] = "50"
    ts = shutil.get_terminal_size()
    print(ts, ts.columns, ts.lines, tuple(ts), type(ts).__name__)
    os.environ["COLUMNS"] = "abc"
    os.environ["LINES"] = "-3"
    print(shutil.get_terminal_size((7, 8)))
    os.environ["COLUMNS"] = "0"
    os.environ["LINES"] = "0"
    print(shutil.get_terminal_size((0, 0)))
    del os.environ["COLUMNS"], os.environ["LINES"]

    # disk_usage
    du = shutil.disk_usage(".")
    print(type(du).__name__, du._fields, du.total >= du.used >= 0, du.free >= 0,
          du.total > 0, shutil.disk_usage(b".")._fields)
    err(shutil.disk_usage, "missing")

    # chown argument checks
    err(shutil.chown, "file")
    print(sorted(shutil.__all__))
finally:
    os.chdir(base)
    shutil.rmtree(SCR)
print(os.path.exists(SCR))
