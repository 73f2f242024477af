# Autovivifying trees with recursive defaultdict: path insertion, traversal, size computation.
import collections, json
def tree():
    return collections.defaultdict(tree)
fs = tree()
paths = ["usr/bin/python", "usr/bin/env", "usr/lib/libc.so", "etc/hosts", "etc/ssh/sshd_config", "home/ann/.bashrc", "home/ann/notes.txt"]
for p in paths:
    node = fs
    for part in p.split("/"):
        node = node[part]
def to_dict(t):
    return {k: to_dict(v) for k, v in t.items()}
print(json.dumps(to_dict(fs), indent=1, sort_keys=True))
def walk(t, prefix=""):
    for k in sorted(t):
        full = prefix + "/" + k
        if t[k]:
            yield full + "/"
            yield from walk(t[k], full)
        else:
            yield full
print(list(walk(fs)))
def count_leaves(t):
    return sum(count_leaves(v) if v else 1 for v in t.values())
def depth(t):
    return 1 + max((depth(v) for v in t.values()), default=0)
print(count_leaves(fs), depth(fs) - 1, sorted(fs), sorted(fs["usr"]["bin"]))
print("opt" in fs, len(fs))
_ = fs["opt"]
print("opt" in fs, len(fs), dict(fs["opt"]))
sizes = collections.defaultdict(int)
for p, sz in [("a/x", 10), ("a/y", 5), ("b/z", 7), ("a/q/w", 1)]:
    parts = p.split("/")
    for i in range(1, len(parts)):
        sizes["/".join(parts[:i])] += sz
print(dict(sizes))
