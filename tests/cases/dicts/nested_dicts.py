# Nested dictionaries and deep access.
cfg = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": True}}, "debug": False}
print(cfg["db"]["port"], cfg["db"]["opts"]["ssl"], cfg.get("cache", {}).get("size", 64))
cfg["db"]["opts"]["timeout"] = 30
cfg.setdefault("cache", {})["size"] = 128
print(cfg)
def get_path(d, path, default=None):
    for key in path.split("."):
        if not isinstance(d, dict) or key not in d:
            return default
        d = d[key]
    return d
for p in ["db.host", "db.opts.ssl", "db.opts.missing", "debug", "debug.x", "cache.size"]:
    print(p, get_path(cfg, p, "N/A"))
def depth(d):
    return 1 + max((depth(v) for v in d.values() if isinstance(v, dict)), default=0)
print(depth(cfg), depth({}))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
