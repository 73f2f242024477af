print("exec pkg_dunder.sub.leaf")
LEAF = "LEAF"
