print("pkg_circ.y start")
import sys
import pkg_circ
print("y: parent has x?", hasattr(pkg_circ, "x"), "| x in sys.modules", "pkg_circ.x" in sys.modules)
from pkg_circ import x
print("y: from pkg_circ import x ->", x.__name__, hasattr(x, "X"))
import pkg_circ.x as xx
print("y: import pkg_circ.x as xx ->", xx is x)
from . import x as x2
print("y: from . import x ->", x2 is x)
try:
    pkg_circ.x
except AttributeError as e:
    print("y: AttributeError", e)
print("pkg_circ.y end")
