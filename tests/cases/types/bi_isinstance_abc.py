# isinstance checks against collections.abc for builtin types.
from collections import abc
objs = [("list", []), ("tuple", ()), ("str", ""), ("bytes", b""), ("bytearray", bytearray()), ("dict", {}), ("set", set()), ("frozenset", frozenset()),
        ("range", range(1)), ("keys", {}.keys()), ("items", {}.items()), ("values", {}.values()), ("gen", (x for x in [])),
        ("iter", iter([])), ("int", 1)]
abcs = [abc.Iterable, abc.Iterator, abc.Sized, abc.Container, abc.Collection, abc.Sequence, abc.MutableSequence, abc.Mapping, abc.MutableMapping,
        abc.Set, abc.MutableSet, abc.Hashable, abc.Reversible, abc.Generator]
print([a.__name__ for a in abcs])
for name, o in objs:
    print(name, "".join("1" if isinstance(o, a) else "." for a in abcs))
print(issubclass(list, abc.Sequence), issubclass(dict, abc.Sequence), issubclass(str, abc.Hashable), issubclass(list, abc.Hashable), callable(len) and isinstance(len, abc.Callable))
class MySeq(abc.Sequence):
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2
s = MySeq()
print(list(s), len(s), 4 in s, s.index(4), s.count(2), list(reversed(s)), isinstance(s, abc.Iterable))
try:
    abc.Sequence()
except TypeError as e:
    print(type(e).__name__, e)
class Incomplete(abc.Mapping):
    def __getitem__(self, k):
        return k
try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
