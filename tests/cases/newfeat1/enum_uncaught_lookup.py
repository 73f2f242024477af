# Uncaught KeyError from Flag name lookup while parsing options
from enum import IntFlag

class Opt(IntFlag):
    VERBOSE = 1
    QUIET = 2
    FORCE = 4

def parse(args):
    flags = Opt(0)
    for a in args:
        flags |= Opt[a.lstrip("-").upper()]
        print("after", a, "->", repr(flags))
    return flags

print(repr(parse(["--verbose", "--force"])))
parse(["--quiet", "--dry-run"])
