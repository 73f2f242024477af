print("exec pkg_init.beta")
B = "B"
