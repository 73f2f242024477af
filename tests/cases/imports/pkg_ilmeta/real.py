print("exec pkg_ilmeta.real")
R = "real"
