import sys
import mod_raise_registry
print("exec mod_raise_value")
partial = "partial"
mod_raise_registry.seen.append(sys.modules[__name__])
raise ValueError("boom")
after = "never"
