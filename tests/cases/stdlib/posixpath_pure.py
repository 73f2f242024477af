# posixpath: the functions that do not touch the file system, on str, bytes and
# os.PathLike arguments, with CPython's results and error messages.
import posixpath


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v

    def __repr__(self):
        return "P(%r)" % (self.v,)


def show(name, *args, **kw):
    try:
        r = getattr(posixpath, name)(*args, **kw)
        print(name, args, "->", repr(r))
    except Exception as e:
        print(name, args, "!!", type(e).__name__, e)


paths = ["", "/", "//", "///", "a", "a/", "a//", "/a", "//a", "///a", "a/b", "a/b/",
         "/a/b/c", "a//b", ".", "..", "./a", "../a", "a/.", "a/..", ".a", "..a",
         "a.b", "a.b.c", "/a.b/c", "/a.b/c.d", ".a.b", "...", "..b.", "a/.b",
         "a/..b", "a/b.", "/.", "a.b/", "\u00e9/\u00e8.x", "a\x00b/c"]
single = ["normcase", "isabs", "split", "splitext", "splitdrive", "splitroot",
          "basename", "dirname", "normpath", "isjunction"]
for p in paths:
    for fn in single:
        show(fn, p)
        try:
            b = p.encode("utf-8")
        except UnicodeEncodeError:
            continue
        show(fn, b)
    show("normpath", P(p))

for args in [("a",), ("a", "b"), ("a", "/b"), ("a/", "b"), ("a", ""), ("", "a"),
             ("", ""), ("/", "a", "b/", "c"), ("a", "b", "/c", "d"), ("a//", "b"),
             ("a", "b//"), (b"a", b"b"), (b"a", b"/b", b"c"), (P("a"), P("b")),
             (P(b"a"), b"b"), ("a", b"b"), (b"a", "b"), ("a", 1), ("a", None),
             (b"a", 1), ("a", P(b"x")), ("a", P("x")), (P("a"), b"x"), ("a", "b", 1),
             ("a", b"b", 1), ("a", 1, b"b"), ("a", P(1)), (P(1),), (1,), (None,),
             ([],)]:
    show("join", *args)

for args in [(["/a/b", "/a/c"],), (["/a/b", "/a/bc"],), (["a/b", "a"],),
             (["/", "/a"],), (["a"],), (["/a/./b", "/a/b/c"],), (["a//b", "a/b/"],),
             ([b"/a/b", b"/a/c"],), ([P("/a/b"), P("/a/c")],), (["/a", "b"],),
             ([b"/a", b"b"],), (["/a", b"/b"],), ([b"/a", "b"],), (["a", 1],),
             ([b"a", 1],), ([],), ((),), (None,), (1,), ("abc",),
             ({"/a/b": 1, "/a": 2},), (["", ""],), (["."],), (["..", "../a"],)]:
    show("commonpath", *args)

try:
    posixpath.commonpath(iter([]))
except IndexError as e:
    print("commonpath(iter([]))", type(e).__name__, e)
print(posixpath.commonpath(iter(["/a/b", "/a/c"])))

for args in [(["abc", "abd"],), (["/usr/lib", "/usr/local"],), ([],), (["a"],),
             ([[1, 2], [1, 3]],), ([("a", "b"), ("a", "c")],), ("abc",),
             ([P("abc"), P("abd")],), ({"ab", "ac"},), (["a", 1],),
             ([b"xyz", b"xy"],), (["", "a"],), (["a", b"b"],)]:
    show("commonprefix", *args)

for args in [("a/b", "a/c"), ("a/b/c", "a"), ("a", "a/b/c"), ("a", "a"),
             ("/a/b", "/x/y"), ("/", "/a"), ("/a", "/"), ("/a/./b/../c", "/a"),
             (b"/a/b", b"/a/c"), (P("/x"), P("/x/y")), ("", "a"), (b"", "a"),
             (None,), ([],), ((),), (1,), ("a", 1), ("a", b"b"), (b"a", ""),
             ("a", P(b"x")), ("a", None), ("a/b", None)]:
    show("relpath", *args)

for p in ["/", "/a/../b", "/a/./b/", "//a", "///a/b", b"/x/../y", P("/q/./r")]:
    show("abspath", p)

# expanduser / expandvars with a known environment
import os
os.environ["HOME"] = "/home/tester/"
os.environ["MOLT_V"] = "val"
os.environ["MOLT_EMPTY"] = ""
os.environ["MOLT_W2"] = "w2"
for p in ["~", "~/x", "~//x", "x/~", "~nonexistent_user_zz", "~nonexistent_user_zz/a",
          b"~", b"~/x", "", "a~"]:
    show("expanduser", p)
os.environ["HOME"] = "/"
show("expanduser", "~")
show("expanduser", "~/a")
show("expanduser", b"~/a")
os.environ["HOME"] = ""
show("expanduser", "~")
show("expanduser", "~/a")

for p in ["$MOLT_V", "${MOLT_V}", "x$MOLT_V/y", "$MOLT_Vx", "${MOLT_V}x", "$MOLT_EMPTY.",
          "$UNDEFINED_MOLT_Q", "${UNDEFINED_MOLT_Q}", "$", "$$", "$$MOLT_V", "${",
          "${MOLT_V", "${}", "$ MOLT_V", "$MOLT_W2$MOLT_V", "${MOLT_V}${MOLT_W2}",
          "a$-b", "$MOLT_V$UNDEFINED_MOLT_Q$MOLT_W2", "${MOLT_V}}", "$\u00e9",
          "${a{b}", "no dollars", b"$MOLT_V/${MOLT_W2}", b"$UNDEFINED_MOLT_Q", b"x",
          P("$MOLT_V"), "$MOLT_W2_", "${MOLT_V:-x}"]:
    show("expandvars", p)

print(posixpath.sep, posixpath.altsep, posixpath.extsep, posixpath.pathsep,
      posixpath.curdir, posixpath.pardir, posixpath.defpath, posixpath.devnull,
      posixpath.supports_unicode_filenames)
print(sorted(posixpath.__all__))
print(posixpath.splitroot.__doc__ is not None, posixpath.join.__name__)
