print("exec pkg_il.sub.b")
B = "B"
