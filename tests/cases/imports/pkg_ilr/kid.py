import sys
print("exec pkg_ilr.kid")
sys._ilr_kid = getattr(sys, "_ilr_kid", 0) + 1
N = sys._ilr_kid
