print("exec pkg_init start")
early = "early"
from . import alpha
from .beta import B
delta = "delta attribute"
value = 42
import os as _os
__path__.append(_os.path.join(_os.path.dirname(__path__[0]), "ns_pkgextra"))
print("exec pkg_init end", sorted(k for k in globals() if not k.startswith("_")))
