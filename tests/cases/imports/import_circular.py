# Circular imports: partially initialised modules, from-imports during a cycle.
import os
import sys

import mod_circ_a
print("main: a done", mod_circ_a.A2, mod_circ_a.mod_circ_b.B_DONE)

import mod_circ_c
print("main: c", mod_circ_c.C_DONE)

import pkg_circ
print("main: pkg_circ.x", pkg_circ.x.X, pkg_circ.y.__name__)

# the same names after the cycle completed: a normal error message
try:
    from mod_circ_a import never_defined
except ImportError as e:
    print("main ImportError:", str(e).replace(os.getcwd() + os.sep, "<DIR>/"))

# a module importing itself while running
try:
    import mod_circ_self
except ImportError as e:
    print("self ImportError:", str(e).replace(os.getcwd() + os.sep, "<DIR>/"), "| name", e.name)
print("self in sys.modules", "mod_circ_self" in sys.modules)
