print("exec pkg_rel.sub", __package__)
from .. import a as parent_a
from ..a import A_NAME as PA
print("pkg_rel.sub got", parent_a.__name__, PA)
