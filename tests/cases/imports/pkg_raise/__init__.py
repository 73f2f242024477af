print("exec pkg_raise")
