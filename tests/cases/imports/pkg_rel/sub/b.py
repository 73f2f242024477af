print("exec pkg_rel.sub.b", __package__)
from . import c
from .c import C_NAME
from .. import a
from .. import sub as me_pkg
from ..sub import c as c2
from .c import *
print("b got", c.__name__, C_NAME, a.__name__, me_pkg.__name__, c2 is c)
print("b star", "_c_private" in globals())
from .deep import d
print("b deep", d.__name__, d.D)
