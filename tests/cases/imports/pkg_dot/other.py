print("exec pkg_dot.other")
W = 4
