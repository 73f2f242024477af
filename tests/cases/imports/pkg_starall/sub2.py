print("exec pkg_starall.sub2")
S2 = 2
