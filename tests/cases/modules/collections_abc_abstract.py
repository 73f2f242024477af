# collections.abc is built on abc.ABCMeta: abstract classes refuse instantiation, builtins
# are registered, and structural hooks recognise user classes.
from collections.abc import Mapping, MutableMapping, Sequence, Iterator, Iterable, Hashable, Sized, Callable
from collections import UserDict, OrderedDict
class D(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
d = D(); d["a"] = 1; d.update(b=2); print(dict(d.items()), isinstance(d, Mapping), len(d))
try: Mapping()
except TypeError as e: print(e)
class Half(Sequence):
    def __len__(self): return 0
try: Half()
except TypeError as e: print(e)
print(isinstance([], Sequence), isinstance(iter([]), Iterator), isinstance({}, Hashable), isinstance(5, Hashable), isinstance(len, Callable), issubclass(UserDict, MutableMapping), isinstance(OrderedDict(), Mapping))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), isinstance(It(), Iterable), isinstance(It(), Sized), UserDict(a=1))
