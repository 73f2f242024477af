# ModuleNotFoundError / ImportError messages and attributes.
import os
import sys

HERE = os.getcwd() + os.sep


def show(label, fn):
    try:
        fn()
        print(label, "no error")
    except BaseException as e:
        path = getattr(e, "path", "<no path attr>")
        if isinstance(path, str):
            path = os.path.basename(path)
        print(label, "->", type(e).__name__ + ":", str(e).replace(HERE, "<DIR>/"))
        print("    name=%r path=%r name_from=%r" % (getattr(e, "name", "<none>"), path,
                                                   getattr(e, "name_from", "<none>")))


def imp(src):
    return lambda: exec(src, {})


show("missing top", imp("import nonexistent_xyz"))
show("missing dotted", imp("import nonexistent_xyz.sub.deeper"))
show("missing as", imp("import nonexistent_xyz as q"))
show("missing from", imp("from nonexistent_xyz import a"))
show("not a package", imp("import mod_err_plain.sub"))
show("not a package from", imp("from mod_err_plain.sub import x"))
show("missing name", imp("from mod_err_plain import missing"))
show("missing name 2", imp("from mod_err_plain import value, missing"))
show("pkg missing name", imp("from pkg_err import missing"))
show("pkg missing sub", imp("import pkg_err.missing"))
show("nested missing", imp("import mod_err_nested"))
print("nested in sys.modules", "mod_err_nested" in sys.modules)
show("syntax error", imp("import mod_err_syntax"))
print("syntax in sys.modules", "mod_err_syntax" in sys.modules)
try:
    import mod_err_syntax
except SyntaxError as e:
    print("SyntaxError attrs", os.path.basename(e.filename), e.lineno, e.offset, e.msg)
show("dunder empty", lambda: __import__(""))
show("dunder int", lambda: __import__(42))
show("dunder bytes", lambda: __import__(b"sys"))
show("double dot", lambda: __import__("mod_err_plain..x"))
show("trailing dot", lambda: __import__("mod_err_plain."))
show("leading dot", lambda: __import__(".mod_err_plain"))

print("--- hierarchy")
print([c.__name__ for c in ModuleNotFoundError.__mro__])
try:
    import nonexistent_xyz
except ImportError as e:
    print("caught as ImportError", type(e).__name__, e.args, getattr(e, "msg", "<no msg>"))

print("--- constructors")


def attrs(e):
    return [getattr(e, a, "<no %s>" % a) for a in ("msg", "name", "path")]


def line(label, fn):
    try:
        print(label, *fn())
    except Exception as err:
        print(label, "!", type(err).__name__, err)


line("full", lambda: (lambda e: [str(e), repr(e), e.args] + attrs(e))(
    ImportError("message", name="nm", path="/p/x.py")))
line("empty", lambda: (lambda e: [repr(str(e)), repr(e), e.args] + attrs(e))(ImportError()))
line("two args", lambda: (lambda e: [str(e), e.args] + attrs(e))(ImportError("a", "b")))
line("mnf", lambda: (lambda e: [str(e), repr(e), isinstance(e, ImportError)] + attrs(e))(
    ModuleNotFoundError("mnf", name="mm")))
line("only name", lambda: (lambda e: [repr(str(e)), e.args] + attrs(e))(ImportError(name="nn")))
line("bad kw", lambda: [ImportError("x", foo=1)])


def set_later():
    e = ImportError("m")
    e.name = "set later"
    e.path = 123
    e.msg = "new msg"
    return [e.name, e.path, e.msg, str(e)]


line("set later", set_later)
line("name_from attr", lambda: [hasattr(ImportError(), "name_from"), ImportError().name_from])
line("name_from kw", lambda: [ImportError("m", name_from="nf").name_from])
line("reduce", lambda: [ImportError("x", name="n").__reduce__()])
line("reduce plain", lambda: [ImportError("x").__reduce__()])

print("--- uncaught")
import nonexistent_final_xyz
