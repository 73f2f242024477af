print("exec pkg_dunder.sub3")
