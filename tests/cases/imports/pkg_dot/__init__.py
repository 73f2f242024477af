print("exec pkg_dot")
X = 1
