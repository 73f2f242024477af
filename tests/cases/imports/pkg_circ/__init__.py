print("pkg_circ start")
from . import x
print("pkg_circ end")
