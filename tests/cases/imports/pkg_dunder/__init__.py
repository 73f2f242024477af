print("exec pkg_dunder")
TOP = "TOP"
