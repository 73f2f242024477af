"""collections.abc: the abstract base classes for containers (defined in
_collections_abc, which modules that must not import the collections package use)."""

from _collections_abc import *  # noqa: F401,F403
from _collections_abc import __all__  # noqa: F401
import _collections_abc as _impl

# Names that are not in __all__ but programs reach through collections.abc.
for _name in dir(_impl):
    if _name.startswith("_") and not _name.startswith("__"):
        globals()[_name] = getattr(_impl, _name)
del _name, _impl
