print("exec pkg_rel.sub.deep.d", __package__)
from ... import a
from ...sub import c
from ..c import C_NAME
D = (a.__name__, c.__name__, C_NAME)
