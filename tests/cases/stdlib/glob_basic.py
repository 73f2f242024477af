# glob: wildcards, character classes, hidden files, trailing slashes, recursive '**',
# root_dir, include_hidden, bytes and PathLike patterns, escape/has_magic, and that
# results come in os.scandir() order (printed sorted otherwise, since directory order
# depends on the file system).
import glob
import os

SCR = "_scratch_glob_basic"


def mk(path, data=""):
    with open(path, "w") as f:
        f.write(data)


def show(pattern, label=None, **kw):
    if label is not None:
        kw_shown = label
    else:
        kw_shown = kw
    try:
        res = glob.glob(pattern, **kw)
    except Exception as e:
        print(repr(pattern), kw_shown, "!!", type(e).__name__, e)
        return
    it = glob.iglob(pattern, **kw)
    same = list(it) == res
    print(repr(pattern), kw_shown, sorted(res), "" if same else "ITER-DIFFERS")


if os.path.lexists(SCR):
    import shutil
    shutil.rmtree(SCR)
os.mkdir(SCR)
base = os.getcwd()
os.chdir(SCR)
try:
    for d in ["a", "a/b", "a/b/c", "a/.hid", "a/.hid/deep", "x", "x/y", ".top", "[br]"]:
        os.mkdir(d)
    for f in ["f1.txt", "f2.txt", "g.py", ".hidden.txt", "a/a1.txt", "a/b/b1.py",
              "a/b/c/c1.txt", "a/.hid/h.txt", "a/.hid/deep/d.txt", "a/.dot.py",
              "x/y/z.txt", ".top/t.txt", "[br]/in.txt", "star*", "q?mark", "brk[x]",
              "caf\u00e9.txt"]:
        mk(f)
    os.symlink("a/b", "lb")
    os.symlink("nowhere", "dang")
    os.symlink("f1.txt", "lf.txt")

    for p in ["*", "*.txt", "f?.txt", "f[12].txt", "f[!1].txt", "[fg]*", "*.py", "a/*",
              "a/*/*", "*/*.txt", "*/*/*.py", "a/b/c/*", "a/.hid/*", "a/.*", ".*", "*/",
              "a/*/", "*/.*", "missing*", "missing/*", "f1.txt", "missing", "a/", "a//",
              "lb/*", "l*", "dang", "dang/*", "*/", "**", "a/**", "star*", "q?mark",
              "brk[x]", "[[]br]/*", "caf\u00e9*", "", "/", ".", "./f*.txt", "../" + SCR + "/g.py",
              "*.TXT", "a/b/../*.txt", "[a-f]*/"]:
        show(p)
    for p in ["**", "**/*.txt", "a/**", "a/**/", "**/", "a/**/*.py", "**/c1.txt",
              "x/**/z.txt", "**/.*", "a/**/*", "lb/**"]:
        show(p, recursive=True)
    for p in ["*", "**/*.txt", "a/*", ".*", "*/"]:
        show(p, recursive=True, include_hidden=True)
    show("*", include_hidden=True)
    show("a/*", include_hidden=True)
    for p in ["*", "*.txt", "**", "b/**/*.py", "b/c1.txt", "", "../*.py"]:
        show(p, root_dir="a", recursive=True)
    show("*.py", "root_dir=<abs>/a/b", root_dir=os.path.join(os.getcwd(), "a", "b"))
    show(b"*.txt")
    show(b"a/**/*.py", recursive=True)
    show(b"*", root_dir=b"x")

    class P:
        def __fspath__(self):
            return "a"

    show("*.txt", "root_dir=P()", root_dir=P())
    show("*", dir_fd=None)

    # Order: a single-level glob lists names in scandir order.
    with os.scandir(".") as it:
        order = [e.name for e in it if not e.name.startswith(".")]
    print(glob.glob("*") == order)
    with os.scandir("a") as it:
        order = ["a/" + e.name for e in it if e.is_dir() and not e.name.startswith(".")]
    print(glob.glob("a/*/") == [o + "/" for o in order])

    it = glob.iglob("*.txt")
    print(type(it).__name__ in ("generator", "chain"), sorted(it))

    for s in ["abc", "a*c", "a?c", "a[b]c", "a]c", "", "*", b"x*", b"x", "[", "a{b}"]:
        print(repr(s), glob.has_magic(s), repr(glob.escape(s)))
    print(repr(glob.escape("//?/c:/Quo*")), repr(glob.escape(b"a[*]?")))
    print(sorted(glob.glob(glob.escape("star*"))), sorted(glob.glob(glob.escape("brk[x]"))))
    print(glob.__all__)
finally:
    os.chdir(base)
    import shutil
    shutil.rmtree(SCR)
print(os.path.exists(SCR))
