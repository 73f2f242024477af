print("exec pkg_rel", __name__, __package__)
from . import a
from .a import A_NAME
from .sub.c import C_NAME
print("pkg_rel got", a.__name__, A_NAME, C_NAME)
