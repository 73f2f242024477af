import sys
sys.modules[__name__] = "replacement"
raise RuntimeError("after replacing")
