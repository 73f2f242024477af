# Uncaught ValueError from a STRICT Flag given an unknown bit
from enum import Flag, auto

class Feature(Flag):
    SEARCH = auto()
    EXPORT = auto()
    SHARE = auto()

stored = [1, 3, 7, 12]
for raw in stored:
    f = Feature(raw)
    print(raw, repr(f), len(f))
