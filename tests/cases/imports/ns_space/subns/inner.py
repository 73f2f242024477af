print("exec ns_space.subns.inner", __package__)
from .. import part1
from ..regpkg import R
INNER = (part1.P1, R)
