import sys
pub1 = "pub1"
pub2 = "pub2"
_priv = "priv"
__dund__ = "dund"
def func():
    return "func"
class Klass:
    pass
