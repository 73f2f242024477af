# Duck-typed function accepting many inputs checked with collections.abc isinstance tests.
from collections import abc, OrderedDict, deque, Counter
def describe(x):
    kinds = []
    for name in ["Hashable", "Iterable", "Iterator", "Generator", "Sized", "Container", "Callable", "Sequence",
                 "MutableSequence", "Set", "MutableSet", "Mapping", "MutableMapping", "Reversible", "Collection"]:
        if isinstance(x, getattr(abc, name)):
            kinds.append(name)
    return kinds
samples = {"list": [1], "tuple": (1,), "str": "s", "bytes": b"b", "bytearray": bytearray(), "dict": {}, "set": set(),
           "frozenset": frozenset(), "range": range(1), "iter": iter([]), "gen": (x for x in []), "int": 1, "func": len,
           "deque": deque(), "OrderedDict": OrderedDict(), "Counter": Counter(), "keys": {}.keys(), "items": {}.items(), "values": {}.values()}
for k, v in samples.items():
    print(f"{k:>11}: {' '.join(describe(v))}")
def flatten(x):
    if isinstance(x, abc.Iterable) and not isinstance(x, (str, bytes)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, {4})], "ab", [b"cd", range(5, 7)], {"k": 1}])))
class Bag:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
print(describe(Bag()), issubclass(Bag, abc.Collection), issubclass(list, abc.Sequence), issubclass(dict, abc.Sequence))
