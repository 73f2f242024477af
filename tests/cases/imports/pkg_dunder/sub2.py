print("exec pkg_dunder.sub2")
S2 = "S2"
