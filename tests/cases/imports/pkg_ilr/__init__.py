print("exec pkg_ilr")
