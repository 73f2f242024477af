# Namespace packages (directories without __init__.py), also split across sys.path entries.
import os
import sys

HERE = os.getcwd()


def rel(p):
    return os.path.relpath(p, HERE) if os.path.isabs(p) else "REL:" + p


def show(m):
    print(" name", m.__name__, "package", m.__package__)
    print(" has __file__", hasattr(m, "__file__"), getattr(m, "__file__", "-"))
    print(" __path__ type", type(m.__path__).__name__, "len", len(m.__path__))
    print(" __path__", [rel(p) for p in m.__path__])
    print(" list(__path__)", [rel(p) for p in list(m.__path__)])
    s = m.__spec__
    print(" spec", s.name, s.origin, repr(s.parent), s.has_location, s.cached)
    print(" spec ssl type", type(s.submodule_search_locations).__name__,
          [rel(p) for p in s.submodule_search_locations])
    print(" ssl is __path__", s.submodule_search_locations is m.__path__)
    print(" loader", type(m.__loader__).__name__, type(s.loader).__name__,
          m.__loader__ is s.loader)
    print(" vars", sorted(vars(m)))


import ns_space
print("ns_space")
show(ns_space)
r = repr(ns_space).replace(HERE, "<DIR>")
print(" repr", r)

import ns_space.part1
print("part1", ns_space.part1.P1, os.path.basename(ns_space.part1.__file__))
print(" part1 spec parent", ns_space.part1.__spec__.parent)
import ns_space.subns.inner
print("subns")
show(ns_space.subns)
print("inner", ns_space.subns.inner.INNER)
print("regpkg", ns_space.regpkg.__path__ == [os.path.join(HERE, "ns_space", "regpkg")],
      ns_space.regpkg.__spec__.submodule_search_locations == ns_space.regpkg.__path__)

ROOT2 = os.path.join(HERE, "ns_second_root")

# a namespace package split across two sys.path entries
import ns_late
print("ns_late before", [rel(p) for p in ns_late.__path__])
sys.path.append(ROOT2)
import ns_split
print("ns_split")
show(ns_split)
import ns_split.one, ns_split.two
print("split parts", ns_split.one.ONE, ns_split.two.TWO)

# the namespace path is recomputed when sys.path changes
print("ns_late after", [rel(p) for p in ns_late.__path__])
try:
    import ns_late.extra
    print("late extra", ns_late.extra.EXTRA)
except ImportError as e:
    print("late extra", type(e).__name__, e)

# a regular package anywhere on sys.path wins over namespace portions
import ns_prec
print("ns_prec", getattr(ns_prec, "KIND", None), hasattr(ns_prec, "__file__"))
# so does a plain module
import ns_modwin
print("ns_modwin", getattr(ns_modwin, "KIND", None), type(ns_modwin.__spec__.submodule_search_locations).__name__)

# inserting the second root first changes nothing for already imported packages
sys.path.insert(0, ROOT2)
print("ns_split again", [rel(p) for p in ns_split.__path__])

# a missing name in a namespace package
try:
    from ns_space import nothing_here
except ImportError as e:
    print(type(e).__name__, e, "| name", e.name, "| path", e.path)
try:
    import ns_space.nothing_here
except ImportError as e:
    print(type(e).__name__, e, "| name", e.name, "| path", e.path)
