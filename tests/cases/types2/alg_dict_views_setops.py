# Diffing two configurations using dict key/item views and set operations.
old = {"host": "a.example", "port": 80, "debug": False, "workers": 4, "tags": "x"}
new = {"host": "b.example", "port": 80, "debug": True, "timeout": 30, "tags": "x"}
added = new.keys() - old.keys()
removed = old.keys() - new.keys()
common = old.keys() & new.keys()
changed = {k for k in common if old[k] != new[k]}
print(sorted(added), sorted(removed), sorted(common), sorted(changed))
print(sorted(old.items() - new.items()), sorted(new.items() ^ old.items()))
print(sorted(old.keys() | new.keys()), old.keys() == {"host", "port", "debug", "workers", "tags"}, "port" in old.keys())
print(("port", 80) in old.items(), ("port", 81) in old.items(), old.keys().isdisjoint({"zzz"}), old.keys() <= (old.keys() | {"q"}))
for k in sorted(changed):
    print(f"~ {k}: {old[k]!r} -> {new[k]!r}")
for k in sorted(added):
    print(f"+ {k}: {new[k]!r}")
for k in sorted(removed):
    print(f"- {k}: {old[k]!r}")
ks = old.keys()
vs = old.values()
its = old.items()
old["extra"] = 1
del old["tags"]
print(list(ks), list(vs), len(its), list(reversed(ks)), list(reversed(its))[:2])
print(type(ks).__name__, type(vs).__name__, type(its).__name__, type(ks - set()).__name__, type(ks & ks).__name__)
print(sorted(old.keys() - ["host", "port"]), sorted(old.keys() | ["zz"]), dict.fromkeys(old.keys() & {"debug"}))
try:
    old.values() - {1}
except TypeError as e:
    print(type(e).__name__, e)
print(list(old.values()) == list(vs), vs == vs, old.values() == old.values())
m = dict.fromkeys("abc", 0).keys().mapping
print(m, type(m).__name__)
