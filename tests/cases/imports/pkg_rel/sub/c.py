print("exec pkg_rel.sub.c", __package__)
C_NAME = "C"
_c_private = "cp"
