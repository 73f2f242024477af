# linecache: reading files, encodings, caching, checkcache, lazycache, sys.path lookup
import linecache
import sys

TMP = "/tmp/molt_linecache_case_"


def write(name, data):
    with open(TMP + name, "wb") as f:
        f.write(data)
    return TMP + name


def show(name):
    # Print a file's lines without its (absolute) name.
    print(linecache.getlines(name))


# This file itself, by its relative name (cwd is the case directory).
print(repr(linecache.getline("linecache_basic.py", 1)))
print(repr(linecache.getline("linecache_basic.py", 2)))
print(repr(linecache.getline("linecache_basic.py", 0)))
print(repr(linecache.getline("linecache_basic.py", -1)))
print(repr(linecache.getline("linecache_basic.py", 10**6)))
print(len(linecache.getlines("linecache_basic.py")) > 50)
entry = linecache.cache["linecache_basic.py"]
print(len(entry), entry[3], entry[2][0])

# Encodings and newlines.
show(write("latin1.py", b'# -*- coding: latin-1 -*-\nx = "\xe9"\n'))
show(write("iso.py", b'# coding=iso-8859-1\nx = "\xe9"\n'))
show(write("bom.py", b'\xef\xbb\xbfa = 1\r\nb = 2\rc = 3'))
show(write("bomcookie.py", b'\xef\xbb\xbf# coding: utf-8\nx = 1\n'))
show(write("bombad.py", b'\xef\xbb\xbf# coding: latin-1\nx = 1\n'))
show(write("nonl.txt", b"line1\nline2 no newline"))
show(write("second.py", b'#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\nx = "\xe9"\n'))
show(write("third.py", b'x = 1\n# coding: latin-1\ny = "\xe9"\n'))
show(write("unknown.py", b'# coding: klingon\nx = 1\n'))
show(write("badutf8.py", b'x = "\xe9"\n'))
show(write("ff.py", b'a\x0cb\nc\xe2\x80\xa8d\n\n'))
show(write("empty.py", b""))
show(write("blank.py", b"\n\n"))
show(write("cookie_utf8_variant.py", b'# coding: UTF_8\nz = "\xc3\xa9"\n'))
name = write("crlf.txt", b"a\r\n\r\nb\r\n")
print(repr(linecache.getline(name, 2)), repr(linecache.getline(name, 3)))

# Names that are never files.
print(linecache.getlines("<string>"), linecache.getlines(""), linecache.getlines("<stdin>"))
print(linecache.getlines("no_such_file_for_linecache.py"))
print(linecache.updatecache("no_such_file_for_linecache.py"))
print("no_such_file_for_linecache.py" in linecache.cache)

# Entries registered by hand (mtime None) survive checkcache.
linecache.cache["<mine>"] = (5, None, ["a\n", "b\n"], "<mine>")
linecache.checkcache()
print(repr(linecache.getline("<mine>", 2)))
linecache.checkcache("<mine>")
linecache.checkcache("not cached at all")
print("<mine>" in linecache.cache)

# The cache is used until checkcache sees the change.
name = write("changing.txt", b"one\n")
print(repr(linecache.getline(name, 1)))
write("changing.txt", b"two two\n")
print(repr(linecache.getline(name, 1)))
linecache.checkcache(name)
print(repr(linecache.getline(name, 1)))
write("changing.txt", b"three 3\nfour\n")
linecache.checkcache()
print(repr(linecache.getline(name, 2)))
# updatecache always rereads.
write("changing.txt", b"five\n")
print(linecache.updatecache(name))

# Lookup through sys.path for relative names.
write("onpath.txt", b"found via sys.path\n")
print(linecache.getlines("molt_linecache_case_onpath.txt"))
sys.path.append("/tmp")
print(linecache.getlines("molt_linecache_case_onpath.txt"))
print(linecache.cache["molt_linecache_case_onpath.txt"][3] == TMP + "onpath.txt")
sys.path.remove("/tmp")
# An absolute name is not searched for.
print(linecache.getlines("/molt_linecache_case_onpath.txt"))


# lazycache: source from a module's loader.
class Loader:
    def __init__(self):
        self.calls = []

    def get_source(self, name):
        self.calls.append(name)
        if name == "nosource":
            return None
        if name == "broken":
            raise ImportError("no")
        return "first of " + name + "\nsecond\r\nthird"


loader = Loader()
print(linecache.lazycache("virtual.py", None))
print(linecache.lazycache("virtual.py", {}))
print(linecache.lazycache("virtual.py", {"__name__": "m"}))
print(linecache.lazycache("<virtual>", {"__name__": "m", "__loader__": loader}))
print(linecache.lazycache("", {"__name__": "m", "__loader__": loader}))
print(linecache.lazycache("virtual.py", {"__name__": "mymod", "__loader__": loader}))
print(len(linecache.cache["virtual.py"]), loader.calls)
print(linecache.lazycache("virtual.py", {"__name__": "other", "__loader__": loader}))
print(linecache.getlines("virtual.py"), loader.calls)
print(linecache.cache["virtual.py"])
print(linecache.lazycache("virtual.py", {"__name__": "mymod", "__loader__": loader}))


class Spec:
    name = "from_spec"
    loader = loader


print(linecache.lazycache("spec.py", {"__name__": "ignored", "__spec__": Spec}))
print(linecache.getline("spec.py", 1))
print(linecache.lazycache("nosrc.py", {"__name__": "nosource", "__loader__": loader}))
print(linecache.getlines("nosrc.py"), "nosrc.py" in linecache.cache)
print(linecache.lazycache("broken.py", {"__name__": "broken", "__loader__": loader}))
print(linecache.getlines("broken.py"))
print(linecache.getlines("virtual2.py", {"__name__": "viamodglobals", "__loader__": loader}))
# A real file wins over the loader.
print(linecache.getline("linecache_basic.py", 1, {"__name__": "x", "__loader__": loader}))

linecache.clearcache()
print(linecache.cache)
print(sorted(linecache.__all__))


# Which loader and name lazycache uses.
class Tagged:
    def __init__(self, tag):
        self.tag = tag

    def get_source(self, name):
        return self.tag + " " + str(name)


class Spec2:
    name = "specname"
    loader = Tagged("specloader")


class Spec3:
    loader = None


g = {"__name__": "n", "__spec__": Spec2, "__loader__": Tagged("modloader")}
print(linecache.lazycache("lz_a.py", g), linecache.getlines("lz_a.py"))
print(linecache.lazycache("lz_b.py", {"__name__": "n", "__spec__": Spec2}), linecache.getlines("lz_b.py"))
print(linecache.lazycache("lz_c.py", {"__name__": "", "__spec__": Spec2}), linecache.getlines("lz_c.py"))
g = {"__name__": "n", "__loader__": Tagged("modloader"), "__spec__": Spec3}
print(linecache.lazycache("lz_d.py", g), linecache.getlines("lz_d.py"))
g = {"__name__": None, "__loader__": Tagged("modloader")}
print(linecache.lazycache("lz_e.py", g), linecache.getlines("lz_e.py"))
print(linecache.lazycache("lz_f.py", {"__name__": "n", "__loader__": object()}))
