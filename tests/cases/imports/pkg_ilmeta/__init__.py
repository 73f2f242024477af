print("exec pkg_ilmeta")
