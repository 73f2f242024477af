import sys
n = getattr(sys, "_pkg_reload_child", 0) + 1
sys._pkg_reload_child = n
print("exec pkg_reload.child", n)
