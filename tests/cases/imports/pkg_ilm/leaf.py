print("exec pkg_ilm.leaf")
LEAF = 1
