# traceback: "Did you mean" suggestions for NameError/AttributeError/ImportError and the
# "Did you forget to import" hint, computed by TracebackException.
import traceback


def last_line(func):
    try:
        func()
    except BaseException as e:
        print(traceback.format_exception(e)[-1], end="")
        print(traceback.format_exception_only(e)[-1], end="")


def typo_in_global():
    return summ


def typo_in_local():
    sun = 1
    return sus + sun


def forgotten_import():
    return re


def forgotten_import_with_suggestion():
    random_ = 1
    return random + random_


class Thing:
    def __init__(self):
        self.blech = 1
        self.value = 2

    def method(self):
        return blech

    def other(self):
        return valeu


class NoSelfAttr:
    def method(self):
        return blech


last_line(typo_in_global)
last_line(typo_in_local)
last_line(forgotten_import)
last_line(forgotten_import_with_suggestion)
last_line(lambda: Thing().method())
last_line(lambda: Thing().other())
last_line(lambda: NoSelfAttr().method())
last_line(lambda: prnt("x"))
last_line(lambda: Print("x"))
last_line(lambda: Thing().blec)
last_line(lambda: Thing().valeu)
last_line(lambda: [].apend(1))
last_line(lambda: "x".uper())
last_line(lambda: [].__len)
last_line(lambda: Thing().zzzzzzzzzzzz)
x_very_long_name_that_is_beyond_forty_characters_1234 = 1
last_line(lambda: x_very_long_name_that_is_beyond_forty_characters_123)


class Dynamic:
    def __getattr__(self, name):
        raise AttributeError(name, name=name, obj=self)

    def __dir__(self):
        return ["alpha", "beta", "gamma"]


class BadDir:
    def __getattr__(self, name):
        raise AttributeError(name, name=name, obj=self)

    def __dir__(self):
        raise ValueError("no dir")


last_line(lambda: Dynamic().alpah)
last_line(lambda: Dynamic().alpha_)
last_line(lambda: BadDir().foo)

# Exceptions created by hand.
e = NameError("custom")
e.name = "prnt"
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(NameError("custom", name="sys")))
print(traceback.format_exception_only(AttributeError("custom", name="apend", obj=[])))
print(traceback.format_exception_only(AttributeError("custom", name="apend")))
print(traceback.format_exception_only(AttributeError("custom", name=3, obj=[])))
print(traceback.format_exception_only(AttributeError("custom", name="append", obj=[])))
print(traceback.format_exception_only(AttributeError("custom", name="Append", obj=[])))
print(traceback.format_exception_only(AttributeError("custom", name="APPEND", obj=[])))
def import_error(name, name_from):
    # (Molt's ImportError() does not accept name_from=: set the attribute.)
    e = ImportError("custom", name=name)
    e.name_from = name_from
    return e


print(traceback.format_exception_only(import_error("collections", "ordereddict")))
print(traceback.format_exception_only(import_error("string", "ascii_lowercas")))
print(traceback.format_exception_only(import_error("no_such_module_x", "y")))
print(traceback.format_exception_only(ImportError("custom", name="collections")))
te = traceback.TracebackException.from_exception(AttributeError("m", name="apend", obj=[]))
print(str(te), te._str)
