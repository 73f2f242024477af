import sys
count = getattr(sys, "_reload_count", 0) + 1
sys._reload_count = count
print("exec mod_reload", count)
always = "always %d" % count
if count == 1:
    only_first = "only first"
def func():
    return "func v%d" % count
if count == 3:
    raise RuntimeError("third execution fails")
