import os
print("b start")
import mod_circ_a
print("b sees partial a:", hasattr(mod_circ_a, "A1"), hasattr(mod_circ_a, "A2"))
from mod_circ_a import A1
print("b got A1", A1)
try:
    from mod_circ_a import A2
except ImportError as e:
    print("b ImportError:", str(e).replace(os.getcwd() + os.sep, "<DIR>/"))
    print("  name", e.name, "| name_from", getattr(e, "name_from", "<no attr>"),
          "| path", os.path.basename(e.path) if e.path else e.path)
try:
    mod_circ_a.A2
except AttributeError as e:
    print("b AttributeError:", e)
try:
    from mod_circ_a import never_defined
except ImportError as e:
    print("b ImportError:", str(e).replace(os.getcwd() + os.sep, "<DIR>/"))
B_DONE = True
print("b end")
