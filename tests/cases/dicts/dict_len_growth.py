# Many insertions and deletions keep order and size correct.
d = {}
for i in range(1000):
    d[i] = i * i
print(len(d), d[999], sum(d.values()))
for i in range(0, 1000, 2):
    del d[i]
print(len(d), list(d)[:5], list(d)[-3:])
for i in range(0, 10):
    d[i] = -i
print(len(d), list(d)[-10:])
keys = list(d)
print(keys == sorted(keys), keys[:3])
d2 = {str(i): i for i in range(50)}
print(list(d2)[:10], d2["42"])
