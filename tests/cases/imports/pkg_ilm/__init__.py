print("exec pkg_ilm")
