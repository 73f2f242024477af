# Layered configuration merging with |, |=, ** unpacking, update and ChainMap semantics.
import collections
defaults = {"color": "blue", "size": 10, "verbose": False, "paths": ["/usr"]}
env = {"size": 12, "verbose": True}
cli = {"color": "red"}
merged = defaults | env | cli
print(merged)
print({**defaults, **env, **cli} == merged, list(merged), defaults)
cfg = dict(defaults)
cfg |= env
cfg |= [("extra", 1), ("size", 99)]
print(cfg)
cfg.update(cli, size=0, new="yes")
print(cfg)
print(defaults | {}, {} | defaults == defaults, cli | cli)
for bad in [lambda: defaults | [("a", 1)], lambda: defaults | None]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    d = {}
    d |= [1, 2]
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
cm = collections.ChainMap(cli, env, defaults)
print(cm["color"], cm["size"], cm["paths"], len(cm), sorted(cm), dict(cm) == merged)
cm["size"] = 1
print(cli, cm.maps[0] is cli, cm.get("nope", "dflt"), "verbose" in cm)
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
A = {"db": {"host": "h", "port": 1, "opts": {"ssl": False, "retries": 2}}, "x": 1}
B = {"db": {"port": 2, "opts": {"ssl": True}}, "y": {"z": 1}}
print(deep_merge(A, B))
print(A["db"]["opts"], (A | B)["db"])
ordered = {"b": 1, "a": 2}
ordered.pop("b")
ordered["b"] = 3
print(ordered, {"x": 1, "y": 2} == {"y": 2, "x": 1}, list({"x": 1, "y": 2}) == list({"y": 2, "x": 1}))
