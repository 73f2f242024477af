import sys
print("exec mod_cache_selfdel")
X = 1
del sys.modules[__name__]
