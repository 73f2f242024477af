# sys.modules caching: same object, executed once, deleting forces re-execution,
# non-module objects in sys.modules.
import sys

import mod_cache_once
import mod_cache_once as again
from mod_cache_once import state
print("same object", mod_cache_once is again, sys.modules["mod_cache_once"] is again,
      state is mod_cache_once.state)
print("runs", sys._cache_once_runs)
mod_cache_once.state.append(1)

def in_function():
    import mod_cache_once
    return mod_cache_once
print("function import same", in_function() is again)
print("__import__ same", __import__("mod_cache_once") is again)

# deleting from sys.modules forces re-execution and a new object
old = sys.modules.pop("mod_cache_once")
import mod_cache_once
print("re-executed", sys._cache_once_runs, mod_cache_once is not old, mod_cache_once.state,
      old.state)
print("old module still usable", old.runs)

# `del sys.modules[...]`
del sys.modules["mod_cache_once"]
print("deleted", "mod_cache_once" in sys.modules)
from mod_cache_once import runs
print("runs after del", runs)

# a non-module object put into sys.modules
class Thing:
    attr = "thing attr"
    def __repr__(self):
        return "Thing()"
sys.modules["fake_thing_mod"] = Thing()
import fake_thing_mod
print("fake", fake_thing_mod, fake_thing_mod.attr)
from fake_thing_mod import attr
print("fake from", attr)
try:
    from fake_thing_mod import missing
except ImportError as e:
    print("ImportError", e, "| name", e.name, "| path", e.path)
sys.modules["fake_int_mod"] = 12345
import fake_int_mod
print("int module", fake_int_mod)
from fake_int_mod import real
print("int attr", real)

# a dotted name in sys.modules without its parent
sys.modules["fake_parent_mod.child"] = "child string"
try:
    import fake_parent_mod.child
    print("imported", fake_parent_mod.child)
except ImportError as e:
    print(type(e).__name__, e, "| name", e.name)
from_import_ok = None
try:
    from fake_parent_mod import child
    from_import_ok = child
except ImportError as e:
    print(type(e).__name__, e, "| name", e.name)
print("from-import of cached dotted", from_import_ok)

# None in sys.modules blocks the import
sys.modules["blocked_mod"] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__, e, "| name", e.name)
try:
    from blocked_mod import x
except ImportError as e:
    print(type(e).__name__, e, "| name", e.name)
sys.modules["mod_cache_once"] = None
try:
    import mod_cache_once
except ImportError as e:
    print(type(e).__name__, e, "| name", e.name)
del sys.modules["mod_cache_once"]

# a module replacing itself in sys.modules while executing
import mod_cache_replace
print("replaced", mod_cache_replace, mod_cache_replace.kind)
print("import again", __import__("mod_cache_replace"))
from mod_cache_replace import kind
print("from replaced", kind)

# a module deleting itself from sys.modules while executing
try:
    import mod_cache_selfdel
    print("selfdel imported", mod_cache_selfdel.X)
except Exception as e:
    print(type(e).__name__, e)
print("selfdel in sys.modules", "mod_cache_selfdel" in sys.modules)

# sys.modules keys are plain strings: a non-string key is ignored by import
sys.modules[42] = "int key"
print("int key kept", sys.modules[42])
del sys.modules[42]

# sys.modules itself can be replaced by another dict? (CPython keeps its own reference)
print("sys.modules type", type(sys.modules).__name__)
