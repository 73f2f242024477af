print("exec pkg_raise_init")
from . import good
import sys
if not getattr(sys, "_pkg_raise_init_ok", False):
    raise KeyError("init failed")
