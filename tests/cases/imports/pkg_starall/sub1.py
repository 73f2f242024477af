print("exec pkg_starall.sub1")
S1 = 1
