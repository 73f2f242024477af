print("exec pkg_rel.a", __package__)
A_NAME = "A"
