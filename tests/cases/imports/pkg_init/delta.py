print("exec pkg_init.delta")
D = "D"
