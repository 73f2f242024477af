# Importing a module that raises while executing.
import sys
import mod_raise_registry

for attempt in range(2):
    try:
        import mod_raise_value
    except ValueError as e:
        print("attempt", attempt, "ValueError", e)
    print(" in sys.modules", "mod_raise_value" in sys.modules, "| bound", "mod_raise_value" in globals())
print("partial modules", len(mod_raise_registry.seen), mod_raise_registry.seen[0] is not mod_raise_registry.seen[1])
p = mod_raise_registry.seen[0]
print("partial module attrs", p.__name__, p.partial, hasattr(p, "after"))

try:
    from mod_raise_value import partial
except ValueError as e:
    print("from-import ValueError", e, "partial" in globals())

try:
    import mod_raise_replace
except RuntimeError as e:
    print("RuntimeError", e, "| left in sys.modules", sys.modules.get("mod_raise_replace", "<absent>"))

try:
    import mod_raise_exit
except SystemExit as e:
    print("SystemExit", e.code, "mod_raise_exit" in sys.modules)

try:
    import mod_raise_importerror
except ImportError as e:
    print("ImportError", e, "| name", e.name, "| in sys.modules", "mod_raise_importerror" in sys.modules)

# a failing submodule leaves the parent imported but without the attribute
try:
    import pkg_raise.bad
except RuntimeError as e:
    print("RuntimeError", e)
print(" pkg_raise", "pkg_raise" in sys.modules, "pkg_raise.bad" in sys.modules,
      hasattr(sys.modules["pkg_raise"], "bad"))
try:
    from pkg_raise import bad
except Exception as e:
    print("from pkg_raise import bad:", type(e).__name__, str(e).split(" (")[0])

# a failing package __init__ removes the package but keeps its imported submodules
try:
    import pkg_raise_init
except KeyError as e:
    print("KeyError", e)
print(" pkg_raise_init", "pkg_raise_init" in sys.modules, "pkg_raise_init.good" in sys.modules)
good = sys.modules["pkg_raise_init.good"]
sys._pkg_raise_init_ok = True
import pkg_raise_init
print(" retry", pkg_raise_init.good is good, "pkg_raise_init" in sys.modules)

# the exception carries the module's frame in its traceback
try:
    import mod_raise_value
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback ends in module code", names[-1])

import mod_raise_final
