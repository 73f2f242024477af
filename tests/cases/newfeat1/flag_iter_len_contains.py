# Iteration, len, membership and bool of Flag values
from enum import Flag, auto

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    DELETE = auto()

allp = Perm.READ | Perm.WRITE | Perm.EXEC | Perm.DELETE
rw = Perm.READ | Perm.WRITE
none = Perm(0)
for v in (none, Perm.READ, rw, allp):
    print(repr(v), len(v), bool(v), list(v), [m.name for m in v])
print(Perm.READ in rw, Perm.EXEC in rw, rw in allp, allp in rw, none in rw)
print(rw in rw, none in none)
try:
    print(1 in rw)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("READ" in rw)
except TypeError as e:
    print(type(e).__name__, e)
print(list(Perm), len(Perm))
print(list(reversed(Perm)))
print([m for m in Perm if m in rw])
print(sorted(allp, key=lambda m: -m.value))
print(not none, not rw)
if rw & Perm.WRITE:
    print("can write")
if not rw & Perm.DELETE:
    print("cannot delete")
print(list(Perm.__members__))
print(Perm._member_names_)
print(max(allp, key=lambda m: m.value), min(rw, key=lambda m: m.value))
print([bool(allp & m) for m in Perm])
# building from a list
wanted = ["EXEC", "READ"]
acc = Perm(0)
for name in wanted:
    acc |= Perm[name]
print(repr(acc), acc.value)
print(sum(m.value for m in acc))
