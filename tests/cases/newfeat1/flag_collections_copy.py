# Flags as dict keys / set members, copying, sorting, and json serialisation of values
import copy
import json
from enum import Flag, IntFlag, auto
from functools import reduce
import operator

class Tag(Flag):
    NEW = auto()
    HOT = auto()
    SALE = auto()
    LIMITED = auto()

class Level(IntFlag):
    LOW = 1
    MID = 2
    HIGH = 4

items = {
    "lamp": Tag.NEW | Tag.SALE,
    "desk": Tag.HOT,
    "chair": Tag(0),
    "rug": Tag.SALE | Tag.LIMITED | Tag.HOT,
}
print(copy.copy(Tag.HOT) is Tag.HOT, copy.deepcopy(items["rug"]) is items["rug"])
cloned = copy.deepcopy(items)
print(cloned == items, cloned["lamp"] is items["lamp"])

by_tag = {}
for name, tags in items.items():
    for t in tags:
        by_tag.setdefault(t, []).append(name)
print({t.name: names for t, names in by_tag.items()})
print(sorted(items, key=lambda n: (len(items[n]), items[n].value)))
combined = reduce(operator.or_, items.values(), Tag(0))
print(repr(combined), combined == ~Tag(0))
common = reduce(operator.and_, [items["lamp"], items["rug"]])
print(repr(common))

unique = {Tag.NEW, Tag.NEW | Tag(0), Tag(1), Tag.HOT}
print(len(unique), sorted(unique, key=lambda t: t.value))
print(Level.HIGH in {4}, 4 in {Level.HIGH}, {Level.LOW: "a", 1: "b"})

payload = json.dumps({n: t.value for n, t in items.items()})
print(payload)
restored = {n: Tag(v) for n, v in json.loads(payload).items()}
print(restored == items)
print(json.dumps([Level.LOW | Level.HIGH, Level.MID]))
print(json.dumps({"level": Level.MID}))
try:
    json.dumps(Tag.NEW)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Level.HIGH, Level.LOW | Level.MID, Level.MID]))
try:
    sorted([Tag.HOT, Tag.NEW])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Tag.HOT, Tag.NEW, Tag.SALE | Tag.NEW], key=lambda t: t.value))
