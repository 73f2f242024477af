print("exec pkg_il.a")
A = "A"
