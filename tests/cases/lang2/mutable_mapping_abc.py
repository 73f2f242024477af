# A case-insensitive dict built on collections.abc.MutableMapping: mixin methods come for free.
from collections.abc import MutableMapping, Mapping, Iterable
class CIDict(MutableMapping):
    def __init__(self, data=(), **kw):
        self._d = {}
        self.update(data, **kw)
    def __getitem__(self, key):
        return self._d[key.lower()][1]
    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"keys must be str, not {type(key).__name__}")
        self._d[key.lower()] = (key, value)
    def __delitem__(self, key):
        del self._d[key.lower()]
    def __iter__(self):
        return (orig for orig, _ in self._d.values())
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return f"CIDict({dict(self.items())})"
h = CIDict({"Content-Type": "text/html"}, Accept="*/*")
h["X-Trace"] = "abc"
print(h, len(h), h["content-type"], h.get("ACCEPT"), h.get("missing", "-"))
print("CONTENT-TYPE" in h, "x-trace" in h, list(h), list(h.keys()), list(h.values()))
h["content-type"] = "application/json"
print(h, h.pop("X-TRACE"), h.setdefault("Cache", "no"), h.setdefault("cache", "yes"))
try:
    h[42] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    h.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
print(h.pop("nope", None), h.popitem(), len(h))
print(h == {"Content-Type": "application/json", "Accept": "*/*"}, h == {"content-type": "application/json", "accept": "*/*"})
print(isinstance(h, Mapping), isinstance(h, dict), isinstance(h, Iterable), issubclass(CIDict, MutableMapping))
h.clear()
print(h, bool(h))
class Broken(MutableMapping):
    def __getitem__(self, k): return 1
try:
    Broken()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(m for m in ("get", "pop", "popitem", "clear", "update", "setdefault", "keys", "items", "values", "__contains__", "__eq__") if m in MutableMapping.__dict__ or m in Mapping.__dict__))
