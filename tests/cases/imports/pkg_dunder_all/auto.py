print("exec pkg_dunder_all.auto")
