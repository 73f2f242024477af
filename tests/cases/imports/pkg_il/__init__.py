print("exec pkg_il")
