import pkg_init
print("exec pkg_init.alpha: parent partial", hasattr(pkg_init, "early"), hasattr(pkg_init, "value"),
      hasattr(pkg_init, "alpha"))
import sys
print("  alpha in sys.modules during exec", "pkg_init.alpha" in sys.modules)
ALPHA = "alpha"
