import pkg_init
print("exec pkg_init.gamma: parent has gamma?", hasattr(pkg_init, "gamma"))
G = "G"
