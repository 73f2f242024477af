"""mod_attr_plain docstring"""
INITIAL = sorted(globals())
X = 1
