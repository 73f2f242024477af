# A directory early on sys.path shadows standard-library modules (but not built-in ones or
# modules already imported).
import os
import sys

SHADOW_DIR = os.path.join(os.getcwd(), "pkg_shadow")
sys.path.insert(0, SHADOW_DIR)

for name in ["json", "keyword", "string", "math", "itertools", "time"]:
    m = __import__(name)
    print(name, "->", getattr(m, "SHADOW", "real module"), "| file",
          os.path.basename(getattr(m, "__file__", "") or "") or "-")

# the same file imported under the package name is a different module
import pkg_shadow.json
print("pkg_shadow.json", pkg_shadow.json.__name__, pkg_shadow.json is not sys.modules["json"])

# undo the shadowing: the real json is found again
sys.path.remove(SHADOW_DIR)
for name in list(sys.modules):
    if hasattr(sys.modules[name], "SHADOW") and not name.startswith("pkg_shadow"):
        del sys.modules[name]
import json
print("real json", hasattr(json, "dumps"), json.dumps({"a": 1}), "SHADOW" in vars(json))
print("json is a package", hasattr(json, "__path__"), json.__spec__.name)
