import sys
n = getattr(sys, "_pkg_reload_count", 0) + 1
sys._pkg_reload_count = n
print("exec pkg_reload", n)
