# The module type: attribute lookup falls back to the type (object and module methods),
# ModuleType subclasses, __dict__, __annotations__.
import sys
import types

import mod_mtype


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!", type(e).__name__, e)


t("type", lambda: (type(mod_mtype) is types.ModuleType, type(mod_mtype).__name__))
t("__class__", lambda: mod_mtype.__class__ is types.ModuleType)
t("__dict__", lambda: mod_mtype.__dict__ is vars(mod_mtype))
t("__repr__ bound", lambda: mod_mtype.__repr__() == repr(mod_mtype))
t("__eq__", lambda: (mod_mtype.__eq__(mod_mtype), mod_mtype == mod_mtype, mod_mtype != sys))
t("__hash__", lambda: mod_mtype.__hash__() == hash(mod_mtype))
t("__dir__ bound", lambda: sorted(n for n in mod_mtype.__dir__() if not n.startswith("__")))
t("__getattribute__", lambda: mod_mtype.__getattribute__("VALUE"))
t("__setattr__", lambda: (mod_mtype.__setattr__("NEW", 1), mod_mtype.NEW))
t("__delattr__", lambda: (mod_mtype.__delattr__("NEW"), hasattr(mod_mtype, "NEW")))
t("__doc__", lambda: mod_mtype.__doc__)
t("__init__ re-init", lambda: (mod_mtype.__init__("renamed_by_init"), mod_mtype.__name__,
                               mod_mtype.VALUE, mod_mtype.__doc__))
mod_mtype.__name__ = "mod_mtype"
t("__annotations__", lambda: mod_mtype.__annotations__)
t("__module__ attr", lambda: hasattr(mod_mtype, "__module__"))
t("__qualname__ attr", lambda: hasattr(mod_mtype, "__qualname__"))
t("type dict has", lambda: sorted(k for k in ("__repr__", "__getattribute__", "__setattr__", "__delattr__",
                                              "__init__", "__dir__", "__dict__", "__new__")
                                  if k in types.ModuleType.__dict__))
t("isinstance object", lambda: isinstance(mod_mtype, object))
t("callable", lambda: callable(mod_mtype))
t("call", lambda: mod_mtype())
t("bool", lambda: bool(mod_mtype))
t("sorted vars keys", lambda: sorted(k for k in vars(mod_mtype) if not k.startswith("__")))


def make_sub():
    class Sub(types.ModuleType):
        kind = "sub"

        @property
        def prop(self):
            return "prop of " + self.__name__

        def method(self):
            return "method of " + self.__name__
    return Sub


try:
    Sub = make_sub()
except Exception as e:
    print("subclass creation !", type(e).__name__, e)
    Sub = None
if Sub is not None:
    t("subclass instance", lambda: (lambda s: (type(s).__name__, s.kind, s.prop, s.method(), repr(s),
                                                sorted(vars(s))))(Sub("subbed")))
m = types.ModuleType("plain")


def assign(cls):
    m.__class__ = cls
    return type(m).__name__, getattr(m, "prop", "<no prop>"), "__class__" in vars(m)


if Sub is not None:
    t("__class__ assignment", lambda: assign(Sub))
t("__class__ = int", lambda: assign(int))
t("module dict writable", lambda: setattr(m, "__dict__", {}))
t("attribute via dict", lambda: (m.__dict__.__setitem__("via_dict", 5), m.via_dict))
