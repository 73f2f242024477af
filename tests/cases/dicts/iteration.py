# Iterating over dicts in several ways.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}")
for v in d.values():
    print(v * 10, end=" ")
print()
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
print(list(zip(d, d.values())))
print(sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
print(sorted(d, key=lambda k: -d[k]))
