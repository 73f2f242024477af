# Pseudo-members: composite values created on demand, aliases and multi-bit members
from enum import Flag, IntFlag, auto

class Opt(Flag):
    NONE = 0
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
    ALL = A | B | C

print(list(Opt), len(Opt))
print(list(Opt.__members__))
print(repr(Opt.NONE), repr(Opt(0)), Opt(0) is Opt.NONE, Opt.NONE.name)
print(repr(Opt.AB), list(Opt.AB), len(Opt.AB))
print(repr(Opt.A | Opt.B), (Opt.A | Opt.B) is Opt.AB)
print(repr(Opt.ALL), repr(Opt(7)), Opt.ALL.name)
print(repr(Opt.A | Opt.C), (Opt.A | Opt.C).name)
print(repr(~Opt.A), repr(~Opt.AB), repr(~Opt.ALL))
print(Opt.AB in Opt.ALL, Opt.C in Opt.AB)
comp = Opt(5)
print(comp is Opt(5), type(comp) is Opt, comp == Opt.A | Opt.C)
print(Opt["AB"] is Opt.AB, Opt["ALL"])
try:
    Opt["A|C"]
except KeyError as e:
    print(type(e).__name__, e)

class Bits(IntFlag):
    LOW = 1
    HIGH = 128

print(repr(Bits(129)), repr(Bits(3)), repr(Bits(130)), Bits(130).name)
print(list(Bits(131)), int(Bits(131)))
print(repr(Bits(0)), Bits(0).name, bool(Bits(0)))

class Alias(Flag):
    X = 1
    Y = 2
    ALSO_X = 1

print(list(Alias), Alias.ALSO_X is Alias.X, repr(Alias.ALSO_X), Alias["ALSO_X"].name)
print(list(Alias.__members__.items()))
