print("exec pkg_raise_init.good")
