print("pkg_circ.x start")
from . import y
X = "X"
print("pkg_circ.x end")
